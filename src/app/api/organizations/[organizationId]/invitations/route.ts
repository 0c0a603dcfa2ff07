import { withViewer } from "@/features/auth/session";
import { invite } from "@/features/organization/mutations";
import { createInvitationSchema } from "@/features/organization/schemas";
import { uuidSchema } from "@/lib/ids";
import { handleJson, notFound } from "@/lib/route";

/** A new invitation link (shown once: only its hash is stored). */
export async function POST(request: Request, { params }: { params: Promise<{ organizationId: string }> }) {
  const organizationId = uuidSchema.safeParse((await params).organizationId);
  if (!organizationId.success) return notFound("This organisation does not exist.");
  return withViewer(request, (viewer) =>
    handleJson(request, createInvitationSchema, (input) => invite(viewer, organizationId.data, input)),
  );
}
