import { Document } from "@react-pdf/renderer";
import { pdfText, type PaperSize } from "@/components/pdf/style";
import { AnswersPage } from "./report/answers-page";
import { CoverPage } from "./report/cover-page";
import type { AssessmentReportData } from "./report/data";
import { EvidencePage } from "./report/evidence-page";
import { LevelsPage } from "./report/levels-page";
import { RisksAndPlanPage } from "./report/risks-page";
import { SummaryPage } from "./report/summary-page";

/**
 * The assessment report: cover, executive summary (the verdict), the ladder and chart per object
 * with what holds each below its next level, risks by severity, the plan in the chosen lens,
 * context advice, and every answer with its note and evidence link; one file per page in report/.
 * Rendered from the same view as the results page, with PDF's built-in fonts.
 */

export type { AssessmentReportData };

export interface AssessmentReportProps {
  data: AssessmentReportData;
  paper: PaperSize;
}

export function AssessmentReport({ data, paper }: AssessmentReportProps) {
  const { view } = data;
  return (
    <Document
      title={pdfText(`${data.teamName}: MLOps maturity report`)}
      author={pdfText(data.organizationName)}
      subject="MLOps maturity assessment"
      creator="MLOps maturity"
    >
      <CoverPage data={data} paper={paper} />
      <SummaryPage view={view} paper={paper} />
      <LevelsPage view={view} paper={paper} />
      <RisksAndPlanPage view={view} paper={paper} />
      <AnswersPage view={view} paper={paper} />
      {data.evidence && <EvidencePage evidence={data.evidence} paper={paper} />}
    </Document>
  );
}
