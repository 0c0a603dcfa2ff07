import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonVariants } from "@/components/ui/button";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { StartAssessmentButton } from "@/features/assessment/components/start-button";
import { getViewer, requireViewer } from "@/features/auth/session";
import { TeamHistory } from "@/features/results/components/team-history";
import { getTeamPage } from "@/features/results/history";
import { formatOwnershipModel } from "@/lib/format";
import { uuidSchema } from "@/lib/ids";
import { paths } from "@/lib/paths";

interface Props {
  params: Promise<{ teamId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}

async function load({ params, searchParams }: Props) {
  const id = uuidSchema.safeParse((await params).teamId);
  const viewer = await getViewer();
  if (!viewer || !id.success) return null;
  return getTeamPage(viewer, id.data, await searchParams);
}

/** "Credit Risk · team": the tab names the team. */
export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
  return { title: page ? `${page.team.name} · team` : "Team history" };
}

/** A team's milestones: every submitted assessment, the trend per object, and the change between any two. */
export default async function TeamPage(props: Props) {
  await requireViewer(`/teams/${(await props.params).teamId}`);
  const page = await load(props);
  if (!page) notFound();
  const { team, submitted } = page;
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <Breadcrumbs
          trail={[
            {
              label: team.organizationName,
              href: page.wholeOrganization ? paths.dashboard(team.organizationId) : paths.home(),
            },
            { label: team.name },
          ]}
        />
        <PageHeader
          eyebrow={`${team.organizationName} · ${team.businessUnit} · ${formatOwnershipModel(team.ownershipModel)}`}
          title={team.name}
        >
          {page.canLead && page.draftId && (
            // The draft is a page of its own: a link, which can open in a new tab.
            <Link href={paths.assessment(page.draftId)} className={buttonVariants({ size: "sm" })}>
              Resume draft<span className="sr-only"> for {team.name}</span>
            </Link>
          )}
          {page.canLead && !page.draftId && (
            <StartAssessmentButton
              teamId={team.id}
              label={submitted.length > 0 ? "Retake" : "Start assessment"}
              retake={submitted.length > 0}
              context={`for ${team.name}`}
            />
          )}
        </PageHeader>
      </div>
      <TeamHistory page={page} />
    </div>
  );
}
