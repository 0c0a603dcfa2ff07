import { ProgressChart } from "@/components/charts/progress-chart";
import { Section } from "@/components/ui/section";
import { formatDate } from "@/lib/format";
import type { getTeamPage, TeamMilestone } from "../history";
import { MilestonesTable } from "./milestones-table";
import { TeamDifference } from "./team-difference";

type TeamPage = NonNullable<Awaited<ReturnType<typeof getTeamPage>>>;

/** A team's history below its header: the trend per object, the submitted assessments, the change between two. */
export function TeamHistory({ page }: { page: TeamPage }) {
  const { team, submitted, submittedCount } = page;
  return (
    <>
      <Section id="trend" title="Trend">
        {submitted.length === 0 ? (
          <p className="text-slate-700">No submitted assessment yet.</p>
        ) : submitted.length === 1 ? (
          <OneAssessment milestone={submitted[0] as TeamMilestone} />
        ) : (
          <ProgressChart
            label={`Scores of ${team.name} per assessment`}
            points={submitted.map((a) => ({
              label: formatDate(a.submittedAt),
              data: a.objects.data?.score,
              model: a.objects.model?.score,
              code: a.objects.code?.score,
            }))}
          />
        )}
      </Section>
      <Section id="milestones" title="Submitted assessments">
        {submittedCount > submitted.length && (
          <p className="text-slate-700">
            The latest {submitted.length} of {submittedCount} submitted assessments.
          </p>
        )}
        {submitted.length > 0 && <MilestonesTable teamName={team.name} submitted={submitted} />}
      </Section>
      {submitted.length >= 2 && (
        <Section id="difference" title="Difference between two assessments" spacing="lg">
          <TeamDifference
            submitted={submitted}
            fromId={page.fromId}
            toId={page.toId}
            difference={page.difference}
          />
        </Section>
      )}
    </>
  );
}

/** With one assessment there is no trend yet: its values, and when the trend appears. */
function OneAssessment({ milestone }: { milestone: TeamMilestone }) {
  return (
    <div className="space-y-2" data-testid="single-assessment">
      <p className="text-slate-700">
        One assessment so far ({formatDate(milestone.submittedAt)}): the trend appears after the next one.
      </p>
      <dl className="grid max-w-md grid-cols-3 gap-2">
        {(["data", "model", "code"] as const).map((o) => {
          const value = milestone.objects[o];
          return (
            <div key={o} className="rounded-lg border border-slate-200 bg-white p-2 text-center">
              <dt className="text-sm text-slate-700">
                {o === "data" ? "Data" : o === "model" ? "Model" : "Code"}
              </dt>
              <dd className="text-xl font-bold">{value ? `L${value.level}` : "–"}</dd>
              <dd className="text-xs text-slate-600">
                {value ? `score ${value.score.toFixed(2)}` : "not assessable"}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
