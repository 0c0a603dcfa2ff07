import { withViewer } from "@/features/auth/session";
import { PLAN_CSV_HEADER, planRows } from "@/features/results/exports";
import { getResult } from "@/features/results/queries";
import { buildResultView } from "@/features/results/view";
import { csvResponse, toCsv } from "@/lib/csv";
import { exportFileName } from "@/lib/export-files";
import { assessmentIdSchema } from "@/lib/ids";
import { notFound } from "@/lib/route";

/** The improvement plan of a submitted assessment as backlog rows (Jira, Linear, GitHub), in the chosen lens. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = assessmentIdSchema.safeParse((await params).id);
  if (!id.success) return notFound("This assessment does not exist.");
  return withViewer(request, async (viewer) => {
    const view = await getResult(viewer, id.data);
    if (!view) return notFound("This assessment does not exist.");
    const shown = buildResultView({
      questionnaire: view.assessment.questionnaire,
      result: view.result,
      answers: view.assessment.answers,
      lens: new URL(request.url).searchParams.get("lens") ?? view.result.lens ?? null,
    });
    const submittedAt = view.assessment.submittedAt ?? new Date();
    return csvResponse(
      exportFileName(view.assessment.team.name, "plan", submittedAt, "csv"),
      toCsv(PLAN_CSV_HEADER, planRows(shown, { teamName: view.assessment.team.name, submittedAt })),
    );
  });
}
