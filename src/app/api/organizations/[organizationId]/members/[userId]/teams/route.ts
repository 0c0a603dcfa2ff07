import { withViewer } from "@/features/auth/session";
import { changeTeamMembership } from "@/features/organization/mutations";
import { teamMembershipSchema } from "@/features/organization/schemas";
import { uuidSchema } from "@/lib/ids";
import { handleJson, notFound } from "@/lib/route";

/** Puts a member in a team as lead or member, or takes them out of it (role null). */
export async function PUT(
  request: Request,
  { params }: { params: Promise<{ organizationId: string; userId: string }> },
) {
  const { organizationId, userId } = await params;
  const org = uuidSchema.safeParse(organizationId);
  const user = uuidSchema.safeParse(userId);
  if (!org.success || !user.success) return notFound("This member does not exist.");
  return withViewer(request, (viewer) =>
    handleJson(request, teamMembershipSchema, (input) =>
      changeTeamMembership(viewer, org.data, user.data, input),
    ),
  );
}
