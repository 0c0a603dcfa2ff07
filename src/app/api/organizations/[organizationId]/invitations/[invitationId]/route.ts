import { withViewer } from "@/features/auth/session";
import { revoke } from "@/features/organization/mutations";
import { uuidSchema } from "@/lib/ids";
import { notFound, respond } from "@/lib/route";

export async function DELETE(
  request: Request,
  { params }: { params: Promise<{ organizationId: string; invitationId: string }> },
) {
  const { organizationId, invitationId } = await params;
  const org = uuidSchema.safeParse(organizationId);
  const invitation = uuidSchema.safeParse(invitationId);
  if (!org.success || !invitation.success) return notFound("This invitation does not exist.");
  return withViewer(request, (viewer) => respond(() => revoke(viewer, org.data, invitation.data)));
}
