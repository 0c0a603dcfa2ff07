import { evidencePostSchema } from "@/domain/evidence/findings";
import { withApiCaller } from "@/features/api/caller";
import { assertCanPostEvidence, EVIDENCE_MAX_BYTES, postEvidence } from "@/features/assessment/evidence";
import { uuidSchema } from "@/lib/ids";
import { handleJson, notFound, respond } from "@/lib/route";

/** A repository scan's findings for a team: from the scanner with a lead's token, or uploaded on the answering page. */
export async function POST(request: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const teamId = uuidSchema.safeParse((await params).teamId);
  if (!teamId.success) return notFound("This team does not exist.");
  return withApiCaller(request, async (viewer) => {
    // Refused before the body is read: a stranger's megabytes are not worth parsing.
    const refused = await respond(() => assertCanPostEvidence(viewer, teamId.data));
    if (!refused.ok) return refused;
    return handleJson(
      request,
      evidencePostSchema,
      (input) => postEvidence(viewer, teamId.data, input.findings),
      {
        maxBytes: EVIDENCE_MAX_BYTES,
      },
    );
  });
}
