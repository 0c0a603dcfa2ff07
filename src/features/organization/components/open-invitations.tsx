import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { OrganizationSettings } from "../queries";
import { RevokeInvitationButton } from "./revoke-invitation-button";

/** The links not used yet, with who made them and until when they work. */
export function OpenInvitations({
  organizationId,
  invitations,
}: {
  organizationId: string;
  invitations: OrganizationSettings["invitations"];
}) {
  if (invitations.length === 0) return null;
  return (
    <>
      <h3 className="text-lg font-semibold">Open invitations</h3>
      <Card as="ul" divided aria-label="Open invitations">
        {invitations.map((invitation) => {
          const label = `${invitation.role}${invitation.teamName ? `, ${invitation.teamRole} of ${invitation.teamName}` : ""}`;
          return (
            <li
              key={invitation.id}
              className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm"
            >
              <span>
                {label} · created {formatDate(invitation.createdAt)}
                {invitation.createdBy ? ` by ${invitation.createdBy}` : ""} · expires{" "}
                {formatDate(invitation.expiresAt)}
              </span>
              <RevokeInvitationButton
                organizationId={organizationId}
                invitationId={invitation.id}
                label={label}
              />
            </li>
          );
        })}
      </Card>
    </>
  );
}
