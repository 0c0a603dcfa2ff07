import { Document } from "@react-pdf/renderer";
import { pdfText, type PaperSize } from "@/components/pdf/style";
import { AnswersPage } from "./report/answers-page";
import { CoverPage } from "./report/cover-page";
import type { AssessmentReportData } from "./report/data";
import { EvidencePage } from "./report/evidence-page";
import { reportFrame } from "./report/frame";
import { LevelsPage } from "./report/levels-page";
import { RisksAndPlanPage } from "./report/risks-page";
import { RoadmapPage } from "./report/roadmap-page";
import { ScorecardPage } from "./report/scorecard-page";
import { APP_NAME } from "@/lib/app-name";

/**
 * The assessment report: a cover with the verdict, a one-page scorecard (ladders, targets, the
 * organisation's median, top risks), the Now / Next / Later roadmap, the ladder and chart per
 * object with what holds each below its next level, risks by severity, the plan in the chosen lens,
 * context advice, and every answer with its note and evidence link; one file per page in report/.
 * Rendered from the same view as the results page, in the embedded DejaVu Sans, with a running
 * header and footer on every page.
 */

export type { AssessmentReportData };

export interface AssessmentReportProps {
  data: AssessmentReportData;
  paper: PaperSize;
}

export function AssessmentReport({ data, paper }: AssessmentReportProps) {
  const { view } = data;
  const frame = reportFrame(data, paper);
  return (
    <Document
      title={pdfText(`${data.teamName}: MLOps maturity report`)}
      author={pdfText(data.organizationName)}
      subject="MLOps maturity assessment"
      creator={APP_NAME}
    >
      <CoverPage data={data} frame={frame} />
      <ScorecardPage view={view} medians={data.medians} frame={frame} />
      <RoadmapPage view={view} frame={frame} />
      <LevelsPage view={view} frame={frame} />
      <RisksAndPlanPage view={view} frame={frame} />
      <AnswersPage view={view} frame={frame} />
      {data.evidence && <EvidencePage evidence={data.evidence} frame={frame} />}
    </Document>
  );
}
