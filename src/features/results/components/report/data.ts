import type { EvidenceView } from "../../evidence-view";
import type { ResultView } from "../../view";

/** What the report shows: the result's view and where it comes from. */
export interface AssessmentReportData {
  organizationName: string;
  teamName: string;
  submittedAt: Date;
  questionnaire: { id: string; version: string };
  engineVersion: string;
  view: ResultView;
  evidence: EvidenceView | null;
  generatedAt: Date;
}
