import { withApiCaller } from "@/features/api/caller";
import { evidencePostSchema } from "@/domain/evidence/findings";
import { EVIDENCE_MAX_BYTES, postEvidence } from "@/features/assessment/evidence";
import { assessmentIdSchema } from "@/lib/ids";
import { handleJson, notFound } from "@/lib/route";

/** A repository scan's findings for a draft: from the scanner with a token, or uploaded on the answering page. */
export async function POST(request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  const id = assessmentIdSchema.safeParse((await params).assessmentId);
  if (!id.success) return notFound("This assessment does not exist.");
  return withApiCaller(request, (viewer) =>
    handleJson(request, evidencePostSchema, (input) => postEvidence(viewer, id.data, input.findings), { maxBytes: EVIDENCE_MAX_BYTES }),
  );
}
