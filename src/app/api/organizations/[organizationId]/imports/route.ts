import { withViewer } from "@/features/auth/session";
import { assertCanImport, importAssessment } from "@/features/exchange/exchange";
import { assessmentExportSchema } from "@/domain/scoring/exchange";
import { uuidSchema } from "@/lib/ids";
import { handleJson, notFound, respond } from "@/lib/route";

const MAX_EXPORT_BYTES = 2 * 1024 * 1024;

/** Imports an exported assessment into this organisation (admins only; checked before the body is read). */
export async function POST(request: Request, { params }: { params: Promise<{ organizationId: string }> }) {
  const id = uuidSchema.safeParse((await params).organizationId);
  if (!id.success) return notFound("This organisation does not exist.");
  return withViewer(request, async (viewer) => {
    const refused = await respond(async () => assertCanImport(viewer, id.data));
    if (!refused.ok) return refused;
    return handleJson(request, assessmentExportSchema, (data) => importAssessment(viewer, id.data, data), {
      maxBytes: MAX_EXPORT_BYTES,
    });
  });
}
