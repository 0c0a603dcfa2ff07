import { withViewer } from "@/features/auth/session";
import { changeSettings } from "@/features/organization/mutations";
import { organizationSettingsSchema } from "@/features/organization/schemas";
import { uuidSchema } from "@/lib/ids";
import { handleJson, notFound } from "@/lib/route";

export async function PATCH(request: Request, { params }: { params: Promise<{ organizationId: string }> }) {
  const organizationId = uuidSchema.safeParse((await params).organizationId);
  if (!organizationId.success) return notFound("This organisation does not exist.");
  return withViewer(request, (viewer) =>
    handleJson(request, organizationSettingsSchema, (input) =>
      changeSettings(viewer, organizationId.data, input),
    ),
  );
}
