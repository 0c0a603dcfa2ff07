import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { formatOwnershipModel, formatStructure } from "@/lib/format";
import { paths } from "@/lib/paths";
import type { OrganizationSettings } from "../queries";
import { CreateTeamForm } from "./create-team-form";

/** The organisation's teams, and the form to add one (open at once when there is none yet). */
export function TeamSettings({
  organizationId,
  teams,
}: {
  organizationId: string;
  teams: OrganizationSettings["teams"];
}) {
  return (
    <>
      {teams.length === 0 ? (
        <p className="text-slate-700">No teams yet: add the first one below, then invite its lead.</p>
      ) : (
        <Card as="ul" divided aria-label="Teams">
          {teams.map((team) => (
            <li key={team.id} className="px-4 py-3">
              <p className="font-medium">
                <TextLink href={paths.team(team.id)}>{team.name}</TextLink>
              </p>
              <p className="text-sm text-slate-600">
                {team.businessUnit} · {formatOwnershipModel(team.ownershipModel)} ·{" "}
                {formatStructure(team.structure)}
              </p>
            </li>
          ))}
        </Card>
      )}
      <Card as="details" open={teams.length === 0}>
        <summary className="cursor-pointer font-medium text-brand-700">Add a team</summary>
        <div className="pt-4">
          <CreateTeamForm organizationId={organizationId} />
        </div>
      </Card>
    </>
  );
}
