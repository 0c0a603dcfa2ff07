import type { ObjectId } from "@/domain/questionnaire/primitives";
import type { EvidenceView } from "../../evidence-view";
import type { ResultView } from "../../view";

/** The organisation's median per object, over each team's latest submitted assessment. */
export interface OrganizationMedians {
  teams: number;
  objects: Partial<Record<ObjectId, { score: number; level: number }>>;
}

/** What the report shows: the result's view and where it comes from. */
export interface AssessmentReportData {
  organizationName: string;
  teamName: string;
  submittedAt: Date;
  questionnaire: { id: string; version: string };
  engineVersion: string;
  view: ResultView;
  evidence: EvidenceView | null;
  medians: OrganizationMedians | null;
  generatedAt: Date;
}
