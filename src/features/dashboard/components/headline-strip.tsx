import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { asLevel, levelTone } from "@/components/ui/level";
import { TextLink } from "@/components/ui/text-link";
import { cn } from "@/lib/cn";
import { paths } from "@/lib/paths";
import type { DashboardWidgets } from "../queries";

/**
 * "How are we doing", before any table: the median weakest link, how many teams improved on their
 * own previous assessment (and which most), how many sit at L0–L1, how many are overdue for a
 * retake and how many high risks are open. Nothing when no team matches (the table says so).
 */
export async function HeadlineStrip({ widgets }: { widgets: DashboardWidgets }) {
  const h = await widgets.headline;
  if (h.teams === 0) return null;
  const never = h.teams - h.assessed;
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5" data-testid="headline">
        <Figure
          id="median-weakest"
          label="Median weakest link"
          value={
            h.medianWeakest === null ? (
              "–"
            ) : (
              <span className={cn("rounded px-2", levelTone({ level: asLevel(h.medianWeakest) }))}>
                L{h.medianWeakest}
              </span>
            )
          }
          note={`At least half of the ${assessedTeams(h.assessed)} are at this level or below in their weakest object.`}
        />
        <Figure
          id="improved"
          label="Improved since their last assessment"
          value={h.improved}
          note={
            h.withPrevious === 0
              ? "No team has a second assessment to compare with yet."
              : `of ${teamsOf(h.withPrevious)} assessed twice or more: a level up, none down.`
          }
        />
        <Figure
          id="low-levels"
          label="Teams at L0–L1"
          value={h.atLowLevels}
          note={`of ${assessedTeams(h.assessed)} have their weakest object at L0 or L1.`}
        />
        <Figure
          id="overdue"
          label="Overdue for reassessment"
          value={h.overdue}
          note={`latest assessment older than ${h.reviewCadenceDays} days${never > 0 ? `; ${never} ${never === 1 ? "team has" : "teams have"} none yet` : ""}.`}
        />
        <Figure
          id="high-risks"
          label="Open high risks"
          value={h.highRisks}
          note={
            h.highRisks === 0
              ? "in the teams' latest assessments."
              : `across ${teamsOf(h.teamsWithHighRisks)}.`
          }
        />
      </dl>
      {h.mostImproved.length > 0 && (
        <Card padding="sm" className="text-sm" data-testid="most-improved">
          <h2 className="font-semibold">Most improved against their own previous assessment</h2>
          <ol className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
            {h.mostImproved.map((t) => (
              <li key={t.teamId}>
                <TextLink href={paths.results(t.assessmentId)}>{t.name}</TextLink>{" "}
                <span className="text-slate-700">
                  +{t.levelsGained} {t.levelsGained === 1 ? "level" : "levels"}
                  {t.previousWeakest !== null && t.weakest !== null && t.weakest > t.previousWeakest
                    ? `, weakest L${t.previousWeakest} → L${t.weakest}`
                    : ""}
                </span>
              </li>
            ))}
          </ol>
        </Card>
      )}
    </div>
  );
}

const teamsOf = (n: number) => `${n} ${n === 1 ? "team" : "teams"}`;
const assessedTeams = (n: number) => `${n} assessed ${n === 1 ? "team" : "teams"}`;

function Figure({ id, label, value, note }: { id: string; label: string; value: ReactNode; note: string }) {
  return (
    <Card padding="sm" className="flex flex-col gap-1" data-testid={`headline-${id}`}>
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="text-3xl font-semibold" data-testid={`headline-${id}-value`}>
        {value}
      </dd>
      <dd className="text-xs text-slate-700">{note}</dd>
    </Card>
  );
}
