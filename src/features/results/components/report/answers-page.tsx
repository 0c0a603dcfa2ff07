import { Fragment } from "react";
import { Link, Text } from "@react-pdf/renderer";
import { pdfText, styles as base } from "@/components/pdf/style";
import type { ResultView } from "../../view";
import { ReportPage, type ReportFrame } from "./frame";
import { styles } from "./styles";

/** Appendix: every answer with its note and evidence link. */
export function AnswersPage({ view, frame }: { view: ResultView; frame: ReportFrame }) {
  return (
    <ReportPage frame={frame}>
      <Text style={base.h1}>Appendix: every answer</Text>
      {/* Flat children of the page (no wrapping view around a section or an answer): a long
          note then breaks across pages like any paragraph. */}
      {view.answerSections.map((section) => (
        <Fragment key={section.title}>
          <Text style={base.h2} minPresenceAhead={80}>
            {pdfText(section.title)}
          </Text>
          {section.answers.map((a) => (
            <Fragment key={a.id}>
              <Text style={base.strong} minPresenceAhead={24}>
                {pdfText(a.text)}
              </Text>
              <Text style={a.note || a.evidenceUrl ? base.p : [base.p, styles.answerLast]}>
                Answer: {pdfText(a.answer)}
              </Text>
              {a.note && (
                <Text style={a.evidenceUrl ? base.small : [base.small, styles.answerLast]}>
                  Note: {pdfText(a.note)}
                </Text>
              )}
              {a.evidenceUrl && (
                <Text style={[base.small, styles.answerLast]}>
                  Evidence: <Link src={a.evidenceUrl}>{pdfText(a.evidenceUrl)}</Link>
                </Text>
              )}
            </Fragment>
          ))}
        </Fragment>
      ))}
    </ReportPage>
  );
}
