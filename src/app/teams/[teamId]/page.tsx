import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgressChart } from "@/components/charts/progress-chart";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { StartAssessmentButton } from "@/features/assessment/components/start-button";
import { requireViewer } from "@/features/auth/session";
import { MilestonesTable } from "@/features/results/components/milestones-table";
import { TeamDifference } from "@/features/results/components/team-difference";
import { getTeamPage } from "@/features/results/history";
import { formatDate, formatOwnershipModel } from "@/lib/format";
import { uuidSchema } from "@/lib/ids";

export const metadata: Metadata = { title: "Team history" };

/** A team's milestones: every submitted assessment, the trend per object, and the change between any two. */
export default async function TeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ teamId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const rawId = (await params).teamId;
  const viewer = await requireViewer(`/teams/${rawId}`);
  const id = uuidSchema.safeParse(rawId);
  const page = id.success ? await getTeamPage(viewer, id.data, await searchParams) : null;
  if (!page) notFound();
  const { team, submitted, submittedCount } = page;
  return (
    <div className="space-y-10">
      <PageHeader
        eyebrow={`${team.organizationName} · ${team.businessUnit} · ${formatOwnershipModel(team.ownershipModel)}`}
        title={team.name}
      >
        {page.canLead && (
          <StartAssessmentButton
            teamId={team.id}
            label={page.draftId ? "Resume draft" : submitted.length > 0 ? "Retake" : "Start assessment"}
            retake={submitted.length > 0}
            context={`for ${team.name}`}
          />
        )}
      </PageHeader>
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
    </div>
  );
}
