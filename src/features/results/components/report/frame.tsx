import type { ReactNode } from "react";
import { Page, Text, View } from "@react-pdf/renderer";
import { pdfText, styles as base, type PaperSize } from "@/components/pdf/style";
import type { AssessmentReportData } from "./data";

/** What every page of the report names in its running header and footer. */
export interface ReportFrame {
  paper: PaperSize;
  teamName: string;
  organizationName: string;
  /** The submission date, YYYY-MM-DD. */
  date: string;
  questionnaire: string;
  engineVersion: string;
}

export function reportFrame(data: AssessmentReportData, paper: PaperSize): ReportFrame {
  return {
    paper,
    teamName: data.teamName,
    organizationName: data.organizationName,
    date: data.submittedAt.toISOString().slice(0, 10),
    questionnaire: `${data.questionnaire.id} v${data.questionnaire.version}`,
    engineVersion: data.engineVersion,
  };
}

/**
 * A page of the report with the running header (team, organisation, date) and footer
 * (questionnaire, engine, "Page n of m") on every page, including the ones a long section
 * flows onto.
 */
export function ReportPage({ frame, children }: { frame: ReportFrame; children: ReactNode }) {
  return (
    <Page size={frame.paper} style={base.page}>
      <View style={base.header} fixed>
        <Text>{pdfText(`MLOps maturity report · ${frame.teamName} · ${frame.organizationName}`)}</Text>
        <Text>Submitted {frame.date}</Text>
      </View>
      {children}
      <View style={base.footer} fixed>
        <Text>{pdfText(`Questionnaire ${frame.questionnaire} · scoring engine ${frame.engineVersion}`)}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </Page>
  );
}
