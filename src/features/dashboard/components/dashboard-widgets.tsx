import { ProgressChart } from "@/components/charts/progress-chart";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { cn } from "@/lib/cn";
import { paths } from "@/lib/paths";
import { quarterPoints } from "../progress";
import type { DashboardWidgets } from "../queries";
import { LevelDistribution } from "./distribution";

/*
 * Each widget renders its own section once its data is there, and nothing when no team matches
 * the filters: the table says "No teams match", and an empty risk list or trend would read as
 * "all is well".
 */

/** How many teams sit at each level, per object. */
export async function DistributionWidget({ widgets }: { widgets: DashboardWidgets }) {
  const [{ distribution }, { total }] = await Promise.all([widgets.aggregates, widgets.table]);
  if (total === 0) return null;
  return (
    <Section id="distribution" title="Levels across teams">
      <LevelDistribution distribution={distribution} />
    </Section>
  );
}

const SEVERITY = {
  high: "bg-red-100 text-red-900",
  medium: "bg-amber-100 text-amber-900",
  low: "bg-slate-100 text-slate-800",
} as const;

/** The risks open in most of the teams shown: severity, title, how many teams and which (each a link to its results). */
export async function SharedRisksWidget({ widgets }: { widgets: DashboardWidgets }) {
  const [{ sharedRisks }, { total, assessed }, titles] = await Promise.all([
    widgets.aggregates,
    widgets.table,
    widgets.riskTitles,
  ]);
  if (total === 0) return null;
  return (
    <Section id="shared-risks" title="Risks most teams share">
      {sharedRisks.length === 0 ? (
        <p className="text-slate-700">
          {assessed === 0
            ? "No team shown has a submitted assessment yet."
            : "No open risks in the latest assessments of the teams shown."}
        </p>
      ) : (
        <ol className="space-y-2 text-sm" data-testid="shared-risks">
          {sharedRisks.map((risk) => (
            <li key={risk.riskId} className="border-b border-slate-100 pb-2" data-risk={risk.riskId}>
              <p>
                <span
                  className={cn("mr-2 rounded px-1.5 py-0.5 text-xs font-semibold", SEVERITY[risk.severity])}
                  title="The most severe it is in any of these teams"
                >
                  {risk.severity}
                </span>
                <span className="font-medium">{titles[risk.riskId] ?? risk.riskId}</span>
              </p>
              <p className="mt-1 text-slate-700">
                <span className="whitespace-nowrap">
                  {risk.teams} of {assessed} teams:
                </span>{" "}
                {risk.named.map((t, i) => (
                  <span key={t.teamId}>
                    {i > 0 && ", "}
                    <TextLink href={paths.results(t.assessmentId)}>{t.name}</TextLink>
                  </span>
                ))}
                {risk.teams > risk.named.length && ` and ${risk.teams - risk.named.length} more`}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** The median score per object at the end of each quarter. */
export async function ProgressWidget({ widgets }: { widgets: DashboardWidgets }) {
  const [{ quarters }, { total }] = await Promise.all([widgets.aggregates, widgets.table]);
  if (total === 0) return null;
  const points = quarterPoints(quarters);
  return (
    <Section id="progress" title="Progress per quarter">
      <p className="text-sm text-slate-700">
        Median score per object at the end of each quarter, each team counted with its latest assessment by
        then.
      </p>
      {points.length === 0 ? (
        <p className="text-slate-700">No submitted assessments yet.</p>
      ) : (
        <div data-testid="progress-widget">
          <ProgressChart points={points} label="Median score per object and quarter" />
        </div>
      )}
    </Section>
  );
}
