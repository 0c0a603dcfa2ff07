import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { StartAssessmentButton } from "@/features/assessment/components/start-button";
import { requireViewer } from "@/features/auth/session";
import { TeamHistory } from "@/features/results/components/team-history";
import { getTeamPage } from "@/features/results/history";
import { formatOwnershipModel } from "@/lib/format";
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
  const { team, submitted } = page;
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
      <TeamHistory page={page} />
    </div>
  );
}
