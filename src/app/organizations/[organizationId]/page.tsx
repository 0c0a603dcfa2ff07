import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageTitle } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { SectionNav } from "@/components/ui/section-nav";
import { getViewer, requireViewer } from "@/features/auth/session";
import { ImportForm } from "@/features/organization/components/import-form";
import { InviteForm } from "@/features/organization/components/invite-form";
import { MemberList } from "@/features/organization/components/member-list";
import { OpenInvitations } from "@/features/organization/components/open-invitations";
import { ReviewCadenceForm } from "@/features/organization/components/review-cadence-form";
import { TeamSettings } from "@/features/organization/components/team-settings";
import { getOrganizationSettings } from "@/features/organization/queries";
import { uuidSchema } from "@/lib/ids";

const SECTIONS = [
  { id: "teams", label: "Teams" },
  { id: "people", label: "People" },
  { id: "invitations", label: "Invitations" },
  { id: "import", label: "Import" },
  { id: "review", label: "Review cadence" },
];

export async function generateMetadata({
  params,
}: {
  params: Promise<{ organizationId: string }>;
}): Promise<Metadata> {
  const viewer = await getViewer();
  const id = uuidSchema.safeParse((await params).organizationId);
  const settings = viewer && id.success ? await getOrganizationSettings(viewer, id.data) : null;
  return { title: settings ? `${settings.name} · organisation` : "Organisation" };
}

/** The admin's page: teams, people and their roles, invitation links. Anyone else gets "not found". */
export default async function OrganizationPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const rawId = (await params).organizationId;
  const viewer = await requireViewer(`/organizations/${rawId}`);
  const id = uuidSchema.safeParse(rawId);
  const settings = id.success ? await getOrganizationSettings(viewer, id.data) : null;
  if (!settings) notFound();
  const teams = settings.teams.map((t) => ({ id: t.id, name: t.name }));

  return (
    <div className="space-y-8">
      <PageTitle>{settings.name}</PageTitle>
      <SectionNav label="Organisation sections" sections={SECTIONS} />
      <Section id="teams" anchor title="Teams" spacing="lg" className="scroll-mt-14">
        <TeamSettings organizationId={settings.id} teams={settings.teams} />
      </Section>
      <Section id="people" anchor title="People" spacing="lg" className="scroll-mt-14">
        <MemberList
          organizationId={settings.id}
          members={settings.members}
          teams={teams}
          viewerId={viewer.userId}
        />
      </Section>
      <Section id="invitations" anchor title="Invitations" spacing="lg" className="scroll-mt-14">
        <p className="max-w-2xl text-slate-700">
          An invitation is a link: whoever opens it signs in (or creates an account) and joins with the role
          you choose here.
        </p>
        <InviteForm organizationId={settings.id} teams={teams} />
        <OpenInvitations organizationId={settings.id} invitations={settings.invitations} />
      </Section>
      <Section id="import" anchor title="Import an assessment" spacing="lg" className="scroll-mt-14">
        <p className="max-w-2xl text-slate-700">
          A file from “Export JSON” on any results page, of this or another organisation or installation. It
          lands in the team of the same name (created if missing), scored again by this installation; the
          questionnaire version must be the same.
        </p>
        <ImportForm organizationId={settings.id} />
      </Section>
      <Section id="review" anchor title="Review cadence" className="scroll-mt-14">
        <ReviewCadenceForm organizationId={settings.id} days={settings.reviewCadenceDays} />
      </Section>
    </div>
  );
}
