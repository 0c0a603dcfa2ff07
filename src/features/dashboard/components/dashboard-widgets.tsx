import { ProgressChart } from "@/components/charts/progress-chart";
import { quarterPoints } from "../progress";
import type { DashboardWidgets } from "../queries";
import { LevelDistribution } from "./distribution";

/** How many teams sit at each level, per object. */
export async function DistributionWidget({ widgets }: { widgets: DashboardWidgets }) {
  const { distribution } = await widgets.aggregates;
  return <LevelDistribution distribution={distribution} />;
}

/** The risks open in most of the teams shown, by title. */
export async function SharedRisksWidget({ widgets }: { widgets: DashboardWidgets }) {
  const [{ sharedRisks }, { teams }, titles] = await Promise.all([
    widgets.aggregates,
    widgets.table,
    widgets.riskTitles,
  ]);
  if (sharedRisks.length === 0) return <p className="text-slate-700">No open risks in the teams shown.</p>;
  const assessed = teams.filter((t) => t.assessmentId).length;
  return (
    <ol className="space-y-1 text-sm" data-testid="shared-risks">
      {sharedRisks.map((risk) => (
        <li key={risk.riskId} className="flex justify-between gap-3 border-b border-slate-100 py-1">
          <span>{titles[risk.riskId] ?? risk.riskId}</span>
          <span className="whitespace-nowrap text-slate-700">
            {risk.teams} of {assessed} teams
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The median score per object at the end of each quarter. */
export async function ProgressWidget({ widgets }: { widgets: DashboardWidgets }) {
  const points = quarterPoints((await widgets.aggregates).quarters);
  if (points.length === 0) return <p className="text-slate-700">No submitted assessments yet.</p>;
  return (
    <div data-testid="progress-widget">
      <ProgressChart points={points} label="Median score per object and quarter" />
    </div>
  );
}
