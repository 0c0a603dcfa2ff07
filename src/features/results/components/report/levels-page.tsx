import { Text, View } from "@react-pdf/renderer";
import { pdfText, styles as base } from "@/components/pdf/style";
import type { ResultView } from "../../view";
import { ReportPage, type ReportFrame } from "./frame";
import { ScoreChart } from "./score-chart";
import { levelText, styles } from "./styles";

/** Levels by object: the chart, then per object its explanation, ladder, what holds it below the next level and what is in place above it. */
export function LevelsPage({ view, frame }: { view: ResultView; frame: ReportFrame }) {
  return (
    <ReportPage frame={frame}>
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
              <View
                key={l.level}
                style={[styles.ladderRow, l.state === "current" ? styles.ladderCurrent : {}]}
              >
                <Text style={{ width: 26, fontWeight: l.state === "current" ? "bold" : "normal" }}>
                  L{l.level}
                </Text>
                <Text style={{ flex: 1 }}>
                  {pdfText(l.title)}: {pdfText(l.descriptor)}
                </Text>
              </View>
            ))}
          </View>
          {o.oneAnswerAway && (
            <Text style={base.small}>
              {pdfText(
                `One answer away from L${o.oneAnswerAway.level}: “${o.oneAnswerAway.question}” at “${o.oneAnswerAway.answer}”.`,
              )}
            </Text>
          )}
          {o.blockers.length > 0
            ? o.blockers.map((b) => (
                <Text key={b.question} style={base.small}>
                  {pdfText(
                    `Holds it below L${(o.level ?? 0) + 1}: ${b.capability} — ${b.question} Answer: “${b.answer}”.${b.next ? ` Next step up: “${b.next}”.` : ""}`,
                  )}
                </Text>
              ))
            : o.blocking.length > 0 && (
                <Text style={base.small}>
                  {pdfText(`Blocking L${(o.level ?? 0) + 1}: ${o.blocking.join("; ")}`)}
                </Text>
              )}
          {o.inPlaceAbove.length > 0 && (
            <Text style={base.small}>
              {pdfText(`Already in place above L${o.level}: ${o.inPlaceAbove.join("; ")}.`)}
            </Text>
          )}
        </View>
      ))}
    </ReportPage>
  );
}
