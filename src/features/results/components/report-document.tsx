import { Fragment } from "react";
import { Document, Link, Page, Rect, StyleSheet, Svg, Text, View, Line as SvgLine } from "@react-pdf/renderer";
import { pdfText, styles as base, type PaperSize } from "@/components/pdf/style";
import type { ObjectView, ResultView } from "../view";

/**
 * The assessment report: cover, executive summary (the verdict), the ladder and chart per object
 * with what holds each below its next level, risks by severity, the plan in the chosen lens,
 * context advice, and every answer with its note and evidence link. Rendered from the same view
 * as the results page, with PDF's built-in fonts.
 */

export interface AssessmentReportData {
  organizationName: string;
  teamName: string;
  submittedAt: Date;
  questionnaire: { id: string; version: string };
  engineVersion: string;
  view: ResultView;
  generatedAt: Date;
}

export interface AssessmentReportProps {
  data: AssessmentReportData;
  paper: PaperSize;
}

const SEVERITIES = ["high", "medium", "low"] as const;
const SEVERITY_TITLE = { high: "High", medium: "Medium", low: "Low" } as const;
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

const levelText = (level: number | null) => (level === null ? "not assessable" : `L${level}`);

function ScoreChart({ objects }: { objects: ObjectView[] }) {
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
        {objects.map((o, i) => (
          <Rect key={o.id} x={70 + i * 140} y={y(o.score)} width={barWidth} height={y(0) - y(o.score)} fill={BAR_COLOURS[o.level ?? 0] ?? "#2f54c9"} />
        ))}
        {objects.map((o, i) =>
          o.target === null ? null : <SvgLine key={`t-${o.id}`} x1={60 + i * 140} x2={80 + barWidth + i * 140} y1={y(o.target)} y2={y(o.target)} stroke="#172a66" strokeWidth={2} strokeDasharray="4 2" />,
        )}
      </Svg>
      <View style={{ flexDirection: "row", marginLeft: 60 }}>
        {objects.map((o) => (
          <Text key={o.id} style={{ width: 140, fontSize: 9 }}>
            {pdfText(o.title)}: {levelText(o.level)} ({o.score.toFixed(2)}){o.target !== null ? `, target L${o.target}` : ""}
          </Text>
        ))}
      </View>
      <Text style={base.small}>Bars: score on the ladder, 0-4 (the level is its whole part). Dashed line: target level. Grid lines: L0-L4.</Text>
    </View>
  );
}

export function AssessmentReport({ data, paper }: AssessmentReportProps) {
  const { view } = data;
  const topRisks = view.risks.slice(0, 5);
  return (
    <Document title={pdfText(`${data.teamName}: MLOps maturity report`)} author={pdfText(data.organizationName)} subject="MLOps maturity assessment" creator="MLOps maturity">
      <Page size={paper} style={base.page}>
        <Text style={styles.coverTitle}>MLOps maturity report</Text>
        <Text style={[styles.coverLine, { fontSize: 18, lineHeight: 1.2 }]}>{pdfText(data.teamName)}</Text>
        <Text style={styles.coverLine}>{pdfText(data.organizationName)}</Text>
        <Text style={styles.coverLine}>Assessment submitted {data.submittedAt.toISOString().slice(0, 10)}</Text>
        <Text style={styles.coverLine}>
          Weakest link: {levelText(view.weakest.level)}
          {view.weakest.objects.length > 0 ? ` (${view.weakest.objects.map(pdfText).join(", ")})` : ""}
        </Text>
        <Text style={[base.small, { marginTop: 40 }]}>
          Questionnaire {data.questionnaire.id} v{data.questionnaire.version} · scoring engine {data.engineVersion} · generated {data.generatedAt.toISOString().slice(0, 10)}
        </Text>
        <Footer />
      </Page>

      <Page size={paper} style={base.page}>
        <Text style={base.h1}>Executive summary</Text>
        <View style={{ flexDirection: "row", marginBottom: 12 }}>
          {view.objects.map((o) => (
            <View key={o.id} style={styles.levelCard}>
              <Text style={base.small}>{pdfText(o.title)}</Text>
              <Text style={styles.levelBig}>{o.level === null ? "n/a" : `L${o.level}`}</Text>
              <Text style={base.small}>
                {o.levelTitle ? pdfText(o.levelTitle) : "not assessable"}
                {o.target !== null ? ` · target L${o.target}` : ""}
              </Text>
            </View>
          ))}
        </View>
        <Text style={base.p}>
          Weakest link: {levelText(view.weakest.level)}
          {view.weakest.objects.length > 0 ? ` (${view.weakest.objects.map(pdfText).join(", ")})` : ""}
          {view.coverage !== null ? ` · ${Math.round(view.coverage * 100)}% of the practice in place.` : ` · mean score ${view.meanScore.toFixed(2)}.`} The organisation is only as mature
          as its weakest object.
        </Text>
        {view.preProduction && <Text style={base.p}>Pre-production result: no model is in production yet, so production practices were not rated.</Text>}
        {view.realTest && (
          <Text style={base.p}>
            The real test (could someone else retrain and redeploy tomorrow?): {view.realTest.passed ? "passed" : "not passed"}. Answer: {pdfText(view.realTest.answer)}.
          </Text>
        )}
        {view.mlopsV0 && (
          <Text style={base.p}>
            MLOps v0 (the honest starting point): {view.mlopsV0.practices.filter((p) => p.met).length} of {view.mlopsV0.practices.length} in place
            {view.mlopsV0.practices.some((p) => !p.met) ? `; missing: ${view.mlopsV0.practices.filter((p) => !p.met).map((p) => pdfText(p.title)).join("; ")}.` : "."}
          </Text>
        )}
        <Text style={base.h2}>Top risks</Text>
        {topRisks.length === 0 ? (
          <Text style={base.p}>No open risks.</Text>
        ) : (
          topRisks.map((r) => <Text key={r.id} style={base.bullet}>{`• ${SEVERITY_TITLE[r.severity]}: ${pdfText(r.title)} (${pdfText(r.objectTitle)})`}</Text>)
        )}
        <Text style={base.h2}>First steps</Text>
        {view.plan.slice(0, 3).map((item) => (
          <Text key={item.capabilityId} style={base.bullet}>{`${item.rank}. ${pdfText(item.title)} (${pdfText(item.objectTitle)}, L${item.step - 1} to L${item.step})`}</Text>
        ))}
        <Footer />
      </Page>

      <Page size={paper} style={base.page}>
        <Text style={base.h1}>Levels by object</Text>
        <ScoreChart objects={view.objects} />
        {view.objects.map((o) => (
          <View key={o.id} style={{ marginTop: 10 }}>
            <View wrap={false}>
              <Text style={base.h2}>
                {pdfText(o.title)}: {levelText(o.level)} (score {o.score.toFixed(2)})
              </Text>
              <Text style={base.small}>{pdfText(o.explanation.level)}</Text>
              {o.explanation.coverage && <Text style={base.small}>{pdfText(o.explanation.coverage)}</Text>}
              <Text style={base.small}>{pdfText(o.explanation.confidence)}</Text>
              {o.ladder.map((l) => (
                <View key={l.level} style={[styles.ladderRow, l.state === "current" ? styles.ladderCurrent : {}]}>
                  <Text style={{ width: 26, fontFamily: l.state === "current" ? "Helvetica-Bold" : "Helvetica" }}>L{l.level}</Text>
                  <Text style={{ flex: 1 }}>
                    {pdfText(l.title)}: {pdfText(l.descriptor)}
                  </Text>
                </View>
              ))}
            </View>
            {o.oneAnswerAway && <Text style={base.small}>{pdfText(`One answer away from L${o.oneAnswerAway.level}: "${o.oneAnswerAway.question}" at "${o.oneAnswerAway.answer}".`)}</Text>}
            {o.blockers.length > 0
              ? o.blockers.map((b) => (
                  <Text key={b.question} style={base.small}>
                    {pdfText(`Holds it below L${(o.level ?? 0) + 1}: ${b.capability} - ${b.question} Answer: "${b.answer}".${b.next ? ` Next step up: "${b.next}".` : ""}`)}
                  </Text>
                ))
              : o.blocking.length > 0 && <Text style={base.small}>{pdfText(`Blocking L${(o.level ?? 0) + 1}: ${o.blocking.join("; ")}`)}</Text>}
            {o.inPlaceAbove.length > 0 && <Text style={base.small}>{pdfText(`Already in place above L${o.level}: ${o.inPlaceAbove.join("; ")}.`)}</Text>}
          </View>
        ))}
        <Footer />
      </Page>

      <Page size={paper} style={base.page}>
        <Text style={base.h1}>Open risks by severity</Text>
        {view.risks.length === 0 && <Text style={base.p}>No open risks.</Text>}
        {SEVERITIES.map((severity) => {
          const risks = view.risks.filter((r) => r.severity === severity);
          if (risks.length === 0) return null;
          return (
            <View key={severity}>
              <Text style={base.h2}>
                {SEVERITY_TITLE[severity]} ({risks.length})
              </Text>
              {risks.map((r) => (
                <View key={r.id} wrap={false} style={{ marginBottom: 6 }}>
                  <Text style={base.strong}>
                    {pdfText(r.title)} ({pdfText(r.objectTitle)})
                  </Text>
                  {r.harms && <Text style={base.small}>{pdfText(r.harms)}</Text>}
                  {r.interim && <Text style={base.small}>{pdfText(`Until it is fixed: ${r.interim}`)}</Text>}
                  {r.raisedBy && <Text style={base.small}>{pdfText(`Raised one step by your context: ${r.raisedBy}`)}</Text>}
                  <Text style={base.small}>{pdfText(`Opened by: ${r.causes.map((c) => `${c.question} (${c.answer})`).join(" / ")}`)}</Text>
                </View>
              ))}
            </View>
          );
        })}

        <Text style={[base.h1, { marginTop: 14 }]} break>
          Improvement plan ({pdfText(view.lens.title)})
        </Text>
        <Text style={base.small}>
          Basics first: the next step of each object before anything further, the weakest object first.
          {view.lens.checked ? ` Tool names checked ${view.lens.checked}.` : ""}
        </Text>
        {view.plan.map((item) => (
          <View key={item.capabilityId} wrap={false} style={{ marginTop: 6 }}>
            <Text style={base.strong}>
              {item.rank}. {pdfText(item.title)}
            </Text>
            <Text style={base.small}>
              {pdfText(item.objectTitle)} L{item.step - 1} to L{item.step} · priority {item.priority}
              {item.forTarget ? " · on the way to the target" : ""}
            </Text>
            <Text style={base.p}>{pdfText(item.description)}</Text>
            {item.guidance && <Text style={base.small}>{pdfText(`How: ${item.guidance.how} Tools: ${item.guidance.tools.join(", ")}.`)}</Text>}
          </View>
        ))}

        <Text style={[base.h1, { marginTop: 14 }]}>Advice for this context</Text>
        {view.advice.length === 0 ? (
          <Text style={base.p}>No context-specific advice.</Text>
        ) : (
          view.advice.map((a) => (
            <View key={a.title} wrap={false} style={{ marginBottom: 6 }}>
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
                <Text style={a.note || a.evidenceUrl ? base.p : [base.p, styles.answerLast]}>Answer: {pdfText(a.answer)}</Text>
                {a.note && <Text style={a.evidenceUrl ? base.small : [base.small, styles.answerLast]}>Note: {pdfText(a.note)}</Text>}
                {a.evidenceUrl && (
                  <Text style={[base.small, styles.answerLast]}>
                    Evidence: <Link src={a.evidenceUrl}>{pdfText(a.evidenceUrl)}</Link>
                  </Text>
                )}
              </Fragment>
            ))}
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
