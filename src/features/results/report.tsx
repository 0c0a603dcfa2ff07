import "server-only";
import type { PaperSize } from "@/components/pdf/style";
import type { Viewer } from "@/domain/access/policy";
import { renderPdfInWorker } from "@/lib/pdf/render-in-worker";
import { findOrganizationName } from "@/server/repositories/organizations";
import type { AssessmentReportProps } from "./components/report-document";
import { getResult } from "./queries";

/** The PDF report of a submitted assessment, for whoever may read it; null otherwise (answered as "not found"). */
export async function renderAssessmentReport(viewer: Viewer, assessmentId: string, options: { paper: PaperSize; lens: string | null }): Promise<{ pdf: Buffer; filename: string } | null> {
  const view = await getResult(viewer, assessmentId);
  if (!view?.assessment.submittedAt) return null;
  const { assessment, result } = view;
  const submittedAt = view.assessment.submittedAt;
  const { questionnaire } = assessment;
  const lens = questionnaire.lenses.some((l) => l.id === options.lens) ? (options.lens as string) : questionnaire.defaultLens;
  const organizationName = (await findOrganizationName(assessment.team.organizationId)) ?? "";
  const props: AssessmentReportProps = {
    paper: options.paper,
    data: { organizationName, teamName: assessment.team.name, submittedAt, questionnaire, result, answers: assessment.answers, lens, generatedAt: new Date() },
  };
  const pdf = await renderPdfInWorker({ module: "features/results/components/report-document.tsx", exportName: "AssessmentReport", props: { ...props } });
  return { pdf, filename: `${assessment.team.name} MLOps maturity ${submittedAt.toISOString().slice(0, 10)}.pdf` };
}
