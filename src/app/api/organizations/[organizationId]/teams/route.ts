import { withViewer } from "@/features/auth/session";
import { addTeam } from "@/features/organization/mutations";
import { createTeamSchema } from "@/features/organization/schemas";
import { uuidSchema } from "@/lib/ids";
import { handleJson, notFound } from "@/lib/route";

export async function POST(request: Request, { params }: { params: Promise<{ organizationId: string }> }) {
  const organizationId = uuidSchema.safeParse((await params).organizationId);
  if (!organizationId.success) return notFound("This organisation does not exist.");
  return withViewer(request, (viewer) =>
    handleJson(request, createTeamSchema, (team) => addTeam(viewer, organizationId.data, team)),
  );
}
