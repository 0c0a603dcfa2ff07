import { withSessionToken, withViewer } from "@/features/auth/session";
import { saveAnswerPatch, saveAnswerWithSession } from "@/features/assessment/mutations";
import { getAssessment } from "@/features/assessment/queries";
import { answerPatchSchema } from "@/features/assessment/schemas";
import { AppError } from "@/lib/errors";
import { assessmentIdSchema } from "@/lib/ids";
import { notFound, parseJsonBody, respond } from "@/lib/route";

type Context = { params: Promise<{ id: string }> };
const MISSING = "This assessment does not exist.";

/**
 * Autosave. The usual save is one database statement that checks the session, the lead's
 * memberships and the draft while it writes (saveAnswerWithSession); anything it refuses takes the
 * ordinary path, which answers exactly as every other route does: 401 without a live session, then
 * 400 for a bad body, 404/403 by access, 409 after a submit, 400 for an answer the questionnaire
 * does not have. A body over the limit gets 413 as soon as the limit is passed.
 */
export async function POST(request: Request, { params }: Context) {
  const id = assessmentIdSchema.safeParse((await params).id);
  if (!id.success) return notFound(MISSING);
  return withSessionToken(request, async (sessionToken) => {
    const input = await parseJsonBody(request, answerPatchSchema);
    if (input.ok) {
      try {
        const saved = await saveAnswerWithSession(sessionToken, id.data, input.data);
        if (saved) return uncompressed(await respond(async () => saved));
      } catch (error) {
        return respond(() => {
          throw error;
        });
      }
    }
    // An oversized body is refused at once: the rest of it is not read, and the connection closes
    // (asking the database about the session first would leave the sender writing into a closed
    // socket). A holder of a correctly signed cookie learns nothing from a 413 before a 401.
    if (!input.ok && input.response.status === 413) return input.response;
    return withViewer(request, async (viewer) =>
      input.ok ? respond(() => saveAnswerPatch(viewer, id.data, input.data)) : input.response,
    );
  });
}

/**
 * A save's reply is a few hundred bytes: gzip would cost the server more CPU than it saves on the
 * wire (about a tenth of a save's CPU time under load), so it is marked not to be transformed.
 */
function uncompressed(response: Response): Response {
  response.headers.set("cache-control", "no-store, no-transform");
  return response;
}

/** The stored answers, for a tab that regains focus to pick up another tab's newer answers. */
export async function GET(request: Request, { params }: Context) {
  const id = assessmentIdSchema.safeParse((await params).id);
  if (!id.success) return notFound(MISSING);
  return withViewer(request, (viewer) =>
    respond(async () => {
      const found = await getAssessment(viewer, id.data);
      if (!found) throw new AppError("not-found", MISSING);
      return { status: found.assessment.status, answers: found.assessment.answers };
    }),
  );
}
