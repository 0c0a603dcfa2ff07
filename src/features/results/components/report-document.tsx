import { Fragment } from "react";
import { Document, Link, Page, Rect, StyleSheet, Svg, Text, View, Line as SvgLine } from "@react-pdf/renderer";
import type { NaReason } from "@/domain/questionnaire/primitives";
import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { AssessmentResult, Severity } from "@/domain/scoring/result";
import type { StoredAnswer } from "@/server/repositories/assessments";
import { pdfText, styles as base, type PaperSize } from "@/components/pdf/style";

/**
 * The assessment report: cover, executive summary, the ladder and chart per object, risks by
 * severity, the plan in the chosen lens, context advice, and every answer with its note and
 * evidence link. Rendered on the server with @react-pdf/renderer and PDF's built-in fonts.
 */

export interface AssessmentReportData {
  organizationName: string;
  teamName: string;
  submittedAt: Date;
  questionnaire: Questionnaire;
  result: AssessmentResult;
  answers: StoredAnswer[];
  lens: string;
  generatedAt: Date;
}

const SEVERITY_ORDER: Severity[] = ["high", "medium", "low"];
const SEVERITY_TITLE: Record<Severity, string> = { high: "High", medium: "Medium", low: "Low" };
const NA_REASON: Record<NaReason, string> = {
  "out-of-scope": "out of scope",
  "business-priorities": "business priorities",
  "architecture-constraints": "architecture constraints",
  other: "other",
};
const BAR_COLOURS = ["#dc2626", "#ea580c", "#d97706", "#65a30d", "#047857"];

const styles = StyleSheet.create({
  answerLast: { marginBottom: 8 },
  coverTitle: { fontSize: 28, lineHeight: 1.2, fontFamily: "Helvetica-Bold", color: "#172a66", marginTop: 120, marginBottom: 12 },
  coverLine: { fontSize: 13, marginBottom: 6 },
  levelCard: { flexGrow: 1, flexBasis: 0, borderWidth: 1, borderColor: "#cbd5e1", borderRadius: 4, padding: 8, marginRight: 8 },
  levelBig: { fontSize: 22, lineHeight: 1.2, fontFamily: "Helvetica-Bold", color: "#172a66" },
  ladderRow: { flexDirection: "row", paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: "#e2e8f0" },
  ladderCurrent: { backgroundColor: "#eef4ff" },
});

function answerText(questionnaire: Questionnaire, questionId: string, answer: StoredAnswer | undefined): string {
  const a = answer?.answer;
  if (!a) return "Not answered";
  if (a.kind === "dont-know") return "Don't know";
  if (a.kind === "not-applicable") return `Not applicable (${NA_REASON[a.reason]}${a.reasonText ? `: ${a.reasonText}` : ""})`;
  const question = questionnaire.objects.flatMap((o) => o.questions).find((q) => q.id === questionId);
  return question?.options.find((o) => o.id === a.optionId)?.label ?? a.optionId;
}

function ScoreChart({ result, objectTitle }: { result: AssessmentResult; objectTitle: (id: string) => string }) {
  const width = 480;
  const height = 150;
  const barWidth = 70;
  const y = (score: number) => height - 20 - (score / 4) * (height - 30);
  return (
    <View>
      <Svg width={width} height={height}>
        {[0, 1, 2, 3, 4].map((level) => (
          <SvgLine key={level} x1={40} x2={width} y1={y(level)} y2={y(level)} stroke="#e2e8f0" strokeWidth={1} />
        ))}
        {result.objects.map((o, i) => {
          const x = 70 + i * 140;
          return (
            <Rect key={o.object} x={x} y={y(o.score)} width={barWidth} height={y(0) - y(o.score)} fill={BAR_COLOURS[o.level] ?? "#2f54c9"} />
          );
        })}
        {result.objects.map((o, i) =>
          o.target === null ? null : <SvgLine key={`t-${o.object}`} x1={60 + i * 140} x2={80 + barWidth + i * 140} y1={y(o.target)} y2={y(o.target)} stroke="#172a66" strokeWidth={2} strokeDasharray="4 2" />,
        )}
      </Svg>
      <View style={{ flexDirection: "row", marginLeft: 60 }}>
        {result.objects.map((o) => (
          <Text key={o.object} style={{ width: 140, fontSize: 9 }}>
            {objectTitle(o.object)}: L{o.level} ({o.score.toFixed(2)}){o.target !== null ? `, target L${o.target}` : ""}
          </Text>
        ))}
      </View>
      <Text style={base.small}>Bars: score 0-4 (level plus progress to the next). Dashed line: target level. Grid lines: L0-L4.</Text>
    </View>
  );
}

export interface AssessmentReportProps {
  data: AssessmentReportData;
  paper: PaperSize;
}

export function AssessmentReport({ data, paper }: AssessmentReportProps) {
  const { questionnaire, result } = data;
  const objectTitle = (id: string) => questionnaire.objects.find((o) => o.id === id)?.title ?? id;
  const capabilityTitle = (id: string) => questionnaire.objects.flatMap((o) => o.capabilities).find((c) => c.id === id)?.title ?? id;
  const questionText = (id: string) => questionnaire.objects.flatMap((o) => o.questions).find((q) => q.id === id)?.text ?? id;
  const answers = new Map(data.answers.map((a) => [a.questionId, a]));
  const lensTitle = questionnaire.lenses.find((l) => l.id === data.lens)?.title ?? data.lens;
  const topRisks = [...result.risks].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)).slice(0, 5);
  const gaps = result.objects.filter((o) => o.gap !== null);

  return (
    <Document title={pdfText(`${data.teamName}: MLOps maturity report`)} author={pdfText(data.organizationName)} subject="MLOps maturity assessment" creator="MLOps maturity">
      <Page size={paper} style={base.page}>
        <Text style={styles.coverTitle}>MLOps maturity report</Text>
        <Text style={[styles.coverLine, { fontSize: 18, lineHeight: 1.2 }]}>{pdfText(data.teamName)}</Text>
        <Text style={styles.coverLine}>{pdfText(data.organizationName)}</Text>
        <Text style={styles.coverLine}>Assessment submitted {data.submittedAt.toISOString().slice(0, 10)}</Text>
        <Text style={styles.coverLine}>
          Questionnaire {questionnaire.id} v{questionnaire.version} · scoring engine {result.engineVersion}
        </Text>
        <Text style={[base.small, { marginTop: 40 }]}>
          Generated {data.generatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC. Levels L0-L4 per object (Data, Model, Code) on a gated ladder: a level counts only when every
          step below it is in place.
        </Text>
        <Footer />
      </Page>

      <Page size={paper} style={base.page}>
        <Text style={base.h1}>Executive summary</Text>
        <View style={{ flexDirection: "row", marginBottom: 12 }}>
          {result.objects.map((o) => (
            <View key={o.object} style={styles.levelCard}>
              <Text style={base.small}>{objectTitle(o.object)}</Text>
              <Text style={styles.levelBig}>L{o.level}</Text>
              <Text style={base.small}>
                score {o.score.toFixed(2)}
                {o.target !== null ? ` · target L${o.target}` : ""}
              </Text>
            </View>
          ))}
        </View>
        <Text style={base.p}>
          Weakest link: L{result.overall.weakestLevel} ({result.overall.weakestObjects.map(objectTitle).join(", ")}) · mean score {result.overall.meanScore.toFixed(2)}. The
          organisation is only as mature as its weakest object.
        </Text>
        <Text style={base.h2}>Gap to target</Text>
        {gaps.length === 0 ? (
          <Text style={base.p}>No targets were set.</Text>
        ) : (
          gaps.map((o) => (
            <Text key={o.object} style={base.p}>
              {objectTitle(o.object)}: {o.gap === 0 ? `target L${o.target} reached` : `${o.gap} level${o.gap === 1 ? "" : "s"} to go (L${o.level} to L${o.target})`}
            </Text>
          ))
        )}
        <Text style={base.h2}>Top risks</Text>
        {topRisks.length === 0 ? <Text style={base.p}>No open risks.</Text> : topRisks.map((r) => <Text key={r.id} style={base.bullet}>{`• ${SEVERITY_TITLE[r.severity]}: ${pdfText(r.title)}`}</Text>)}
        <Footer />
      </Page>

      <Page size={paper} style={base.page}>
        <Text style={base.h1}>Levels by object</Text>
        <ScoreChart result={result} objectTitle={objectTitle} />
        {result.objects.map((o) => {
          const definition = questionnaire.objects.find((d) => d.id === o.object);
          return (
            <View key={o.object} wrap={false} style={{ marginTop: 10 }}>
              <Text style={base.h2}>
                {objectTitle(o.object)}: L{o.level} (score {o.score.toFixed(2)})
              </Text>
              {definition?.levels.map((l) => (
                <View key={l.level} style={[styles.ladderRow, l.level === o.level ? styles.ladderCurrent : {}]}>
                  <Text style={{ width: 26, fontFamily: l.level === o.level ? "Helvetica-Bold" : "Helvetica" }}>L{l.level}</Text>
                  <Text style={{ flex: 1 }}>
                    {pdfText(l.title)}: {pdfText(l.descriptor)}
                  </Text>
                </View>
              ))}
              <Text style={[base.small, { marginTop: 3 }]}>
                {o.blocking.length > 0 ? `Blocking L${o.level + 1}: ${o.blocking.map((c) => pdfText(capabilityTitle(c))).join("; ")}` : o.level === 4 ? "Top of the ladder." : ""}
              </Text>
            </View>
          );
        })}
        <Footer />
      </Page>

      <Page size={paper} style={base.page}>
        <Text style={base.h1}>Open risks by severity</Text>
        {result.risks.length === 0 && <Text style={base.p}>No open risks.</Text>}
        {SEVERITY_ORDER.map((severity) => {
          const risks = result.risks.filter((r) => r.severity === severity);
          if (risks.length === 0) return null;
          return (
            <View key={severity}>
              <Text style={base.h2}>
                {SEVERITY_TITLE[severity]} ({risks.length})
              </Text>
              {risks.map((r) => (
                <View key={r.id} wrap={false} style={{ marginBottom: 6 }}>
                  <Text style={base.strong}>{pdfText(r.title)}</Text>
                  <Text style={base.small}>
                    {objectTitle(r.object)} · caused by: {r.causes.map((c) => pdfText(questionText(c.questionId))).join(" / ")}
                  </Text>
                </View>
              ))}
            </View>
          );
        })}

        <Text style={[base.h1, { marginTop: 14 }]} break>
          Improvement plan ({pdfText(lensTitle)})
        </Text>
        <Text style={base.small}>Basics first: the next step of each object before anything further, the weakest object first.</Text>
        {result.recommendations.map((rec) => {
          const guidance = rec.guidance[data.lens];
          return (
            <View key={rec.capabilityId} wrap={false} style={{ marginTop: 6 }}>
              <Text style={base.strong}>
                {rec.rank}. {pdfText(rec.title)}
              </Text>
              <Text style={base.small}>
                {objectTitle(rec.object)} L{rec.step - 1} to L{rec.step} · priority {rec.priority}
                {rec.forTarget ? " · on the way to the target" : ""}
              </Text>
              <Text style={base.p}>{pdfText(rec.description)}</Text>
              {guidance && <Text style={base.small}>{pdfText(`How: ${guidance.how} Tools: ${guidance.tools.join(", ")}.`)}</Text>}
            </View>
          );
        })}

        <Text style={[base.h1, { marginTop: 14 }]}>Advice for this context</Text>
        {result.advice.length === 0 ? (
          <Text style={base.p}>No context-specific advice.</Text>
        ) : (
          result.advice.map((a) => (
            <View key={a.ruleId} wrap={false} style={{ marginBottom: 6 }}>
              <Text style={base.strong}>{pdfText(a.title)}</Text>
              <Text style={base.p}>{pdfText(a.advice)}</Text>
            </View>
          ))
        )}
        <Footer />
      </Page>

      <Page size={paper} style={base.page}>
        <Text style={base.h1}>Appendix: every answer</Text>
        {/* Flat children of the page (no wrapping view around a section or an answer): a long
            note then breaks across pages like any paragraph. */}
        {[...questionnaire.objects.map((o) => ({ title: o.title, questions: o.questions.map((q) => ({ id: q.id, text: q.text })) })), { title: "Context", questions: questionnaire.context.questions.map((q) => ({ id: q.id, text: q.text })) }].map((section) => (
          <Fragment key={section.title}>
            <Text style={base.h2} minPresenceAhead={80}>
              {pdfText(section.title)}
            </Text>
            {section.questions.map((q) => {
              const stored = answers.get(q.id);
              const contextQuestion = questionnaire.context.questions.find((c) => c.id === q.id);
              const answer =
                contextQuestion && stored?.answer?.kind === "option" ? (contextQuestion.options.find((o) => o.id === (stored.answer as { optionId: string }).optionId)?.label ?? "") : answerText(questionnaire, q.id, stored);
              return (
                <Fragment key={q.id}>
                  <Text style={base.strong} minPresenceAhead={24}>
                    {pdfText(q.text)}
                  </Text>
                  <Text style={stored?.note || stored?.evidenceUrl ? base.p : styles.answerLast}>Answer: {pdfText(answer)}</Text>
                  {stored?.note && <Text style={stored.evidenceUrl ? base.small : [base.small, styles.answerLast]}>Note: {pdfText(stored.note)}</Text>}
                  {stored?.evidenceUrl && (
                    <Text style={[base.small, styles.answerLast]}>
                      Evidence: <Link src={stored.evidenceUrl}>{pdfText(stored.evidenceUrl)}</Link>
                    </Text>
                  )}
                </Fragment>
              );
            })}
          </Fragment>
        ))}
        <Footer />
      </Page>
    </Document>
  );
}

function Footer() {
  return <Text style={base.footer} render={({ pageNumber, totalPages }) => `MLOps maturity report · page ${pageNumber} of ${totalPages}`} fixed />;
}
