import "server-only";
import type { PaperSize } from "@/components/pdf/style";
import type { Viewer } from "@/domain/access/policy";
import { exportFileName } from "@/lib/export-files";
import { renderPdfInWorker } from "@/lib/pdf/render-in-worker";
import { findOrganizationMedians } from "@/server/repositories/organization-medians";
import { findOrganizationName } from "@/server/repositories/organizations";
import type { AssessmentReportProps } from "./components/report-document";
import { getResult } from "./queries";
import { buildResultView } from "./view";

/** The PDF report of a submitted assessment, for whoever may read it; null otherwise (answered as "not found"). */
export async function renderAssessmentReport(
  viewer: Viewer,
  assessmentId: string,
  options: { paper: PaperSize; lens: string | null },
): Promise<{ pdf: Buffer; filename: string } | null> {
  const found = await getResult(viewer, assessmentId);
  if (!found?.assessment.submittedAt) return null;
  const { assessment, result } = found;
  const submittedAt = assessment.submittedAt as Date;
  const { organizationId } = assessment.team;
  const [organizationName, medians] = await Promise.all([
    findOrganizationName({ organizationId }),
    findOrganizationMedians({ organizationId }),
  ]);
  const props: AssessmentReportProps = {
    paper: options.paper,
    data: {
      organizationName: organizationName ?? "",
      teamName: assessment.team.name,
      submittedAt,
      questionnaire: { id: assessment.questionnaire.id, version: assessment.questionnaire.version },
      engineVersion: result.engineVersion,
      view: buildResultView({
        questionnaire: assessment.questionnaire,
        result,
        answers: assessment.answers,
        lens: options.lens ?? result.lens ?? null,
      }),
      evidence: found.evidence,
      medians,
      generatedAt: new Date(),
    },
  };
  const pdf = await renderPdfInWorker({
    module: "features/results/components/report-document.tsx",
    exportName: "AssessmentReport",
    props: { ...props },
  });
  return {
    pdf,
    filename: exportFileName(assessment.team.name, "mlops-maturity", submittedAt, "pdf"),
  };
}
