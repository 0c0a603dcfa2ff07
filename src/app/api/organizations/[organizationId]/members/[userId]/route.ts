import { withViewer } from "@/features/auth/session";
import { changeMemberRole, removeFromOrganization } from "@/features/organization/mutations";
import { memberRoleSchema } from "@/features/organization/schemas";
import { uuidSchema } from "@/lib/ids";
import { handleJson, notFound, respond } from "@/lib/route";

type Context = { params: Promise<{ organizationId: string; userId: string }> };

async function ids(context: Context) {
  const { organizationId, userId } = await context.params;
  const org = uuidSchema.safeParse(organizationId);
  const user = uuidSchema.safeParse(userId);
  return org.success && user.success ? { organizationId: org.data, userId: user.data } : null;
}

/** Changes a member's role in the organisation. */
export async function PATCH(request: Request, context: Context) {
  const target = await ids(context);
  if (!target) return notFound("This member does not exist.");
  return withViewer(request, (viewer) =>
    handleJson(request, memberRoleSchema, (input) =>
      changeMemberRole(viewer, target.organizationId, target.userId, input),
    ),
  );
}

/** Removes a member from the organisation and its teams. */
export async function DELETE(request: Request, context: Context) {
  const target = await ids(context);
  if (!target) return notFound("This member does not exist.");
  return withViewer(request, (viewer) =>
    respond(() => removeFromOrganization(viewer, target.organizationId, target.userId)),
  );
}
