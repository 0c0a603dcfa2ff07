import { ProgressChart } from "@/components/charts/progress-chart";
import { Section } from "@/components/ui/section";
import { formatDate } from "@/lib/format";
import type { getTeamPage } from "../history";
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
        <Section id="difference" title="Difference between two assessments" className="space-y-4">
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
