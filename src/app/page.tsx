import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-header";
import { StartAssessmentButton } from "@/features/assessment/components/start-button";
import { requireViewer } from "@/features/auth/session";
import { NoOrganization } from "@/features/home/components/no-organization";
import { OrganizationTeams } from "@/features/home/components/organization-teams";
import { getHomeOverview, startLabel } from "@/features/home/queries";
import { CreateOrganizationForm } from "@/features/organization/components/create-organization-form";

export const metadata: Metadata = { title: "Your teams" };

export default async function HomePage() {
  const viewer = await requireViewer("/");
  const organizations = await getHomeOverview(viewer);
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <PageTitle>How mature is your MLOps?</PageTitle>
        <p className="max-w-2xl text-lg text-slate-700">
          Rate your team&apos;s Data, Model and Code practice on levels L0–L4 in about twenty minutes. See
          which production risks your current level leaves open, and get an ordered plan for the next step.
        </p>
      </section>
      {organizations.length === 0 && (
        <NoOrganization>
          <CreateOrganizationForm />
        </NoOrganization>
      )}
      {organizations.map((organization) => (
        <OrganizationTeams
          key={organization.id}
          organization={organization}
          startButton={(team) => (
            <StartAssessmentButton
              teamId={team.id}
              label={startLabel(team)}
              context={`for ${team.name}`}
              retake={Boolean(team.latestSubmittedId)}
            />
          )}
        />
      ))}
    </div>
  );
}
