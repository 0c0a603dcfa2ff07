import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-header";
import { StartAssessmentButton } from "@/features/assessment/components/start-button";
import { requireViewer } from "@/features/auth/session";
import { Introduction } from "@/features/home/components/introduction";
import { NoOrganization } from "@/features/home/components/no-organization";
import { OrganizationTeams } from "@/features/home/components/organization-teams";
import { getHomeOverview, isFirstVisit, ledTeams, startLabel } from "@/features/home/queries";
import { CreateOrganizationForm } from "@/features/organization/components/create-organization-form";

export const metadata: Metadata = { title: "Your teams" };

export default async function HomePage() {
  const viewer = await requireViewer("/");
  const organizations = await getHomeOverview(viewer);
  const led = ledTeams(organizations);
  return (
    <div className="space-y-8">
      {isFirstVisit(organizations) ? (
        <Introduction />
      ) : (
        <div className="space-y-1">
          <PageTitle>Your teams</PageTitle>
          {led.length > 0 && (
            <p className="text-slate-700" data-testid="you-lead">
              You lead {new Intl.ListFormat("en-GB").format(led.map((team) => team.name))}.
            </p>
          )}
        </div>
      )}
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
              retake={Boolean(team.lastSubmitted)}
            />
          )}
        />
      ))}
    </div>
  );
}
