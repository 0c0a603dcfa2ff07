import { Page, Text } from "@react-pdf/renderer";
import { pdfText, styles as base, type PaperSize } from "@/components/pdf/style";
import type { AssessmentReportData } from "./data";
import { Footer } from "./footer";
import { levelText, styles } from "./styles";

/** The cover: team, organisation, date, the weakest link, and which questionnaire and engine gave the result. */
export function CoverPage({ data, paper }: { data: AssessmentReportData; paper: PaperSize }) {
  return (
    <Page size={paper} style={base.page}>
      <Text style={styles.coverTitle}>MLOps maturity report</Text>
      <Text style={[styles.coverLine, { fontSize: 18, lineHeight: 1.2 }]}>{pdfText(data.teamName)}</Text>
      <Text style={styles.coverLine}>{pdfText(data.organizationName)}</Text>
      <Text style={styles.coverLine}>Assessment submitted {data.submittedAt.toISOString().slice(0, 10)}</Text>
      <Text style={styles.coverLine}>
        Weakest link: {levelText(data.view.weakest.level)}
        {data.view.weakest.objects.length > 0
          ? ` (${data.view.weakest.objects.map(pdfText).join(", ")})`
          : ""}
      </Text>
      <Text style={[base.small, { marginTop: 40 }]}>
        Questionnaire {data.questionnaire.id} v{data.questionnaire.version} · scoring engine{" "}
        {data.engineVersion} · generated {data.generatedAt.toISOString().slice(0, 10)}
      </Text>
      <Footer />
    </Page>
  );
}
