import { Text, View } from "@react-pdf/renderer";
import { BRAND, MUTED, pdfText, styles as base } from "@/components/pdf/style";
import { levelColour } from "@/components/ui/level-palette";
import { quoteAtEnd } from "@/lib/format";
import type { AssessmentReportData } from "./data";
import { ReportPage, type ReportFrame } from "./frame";
import { levelText, styles } from "./styles";

/** The cover with the verdict: the weakest link, each object's level against its target, the real test and the first three steps. */
export function CoverPage({ data, frame }: { data: AssessmentReportData; frame: ReportFrame }) {
  const { view } = data;
  return (
    <ReportPage frame={frame}>
      <Text style={styles.coverTitle}>MLOps maturity report</Text>
      <Text style={[styles.coverLine, { fontSize: 18, lineHeight: 1.2, fontWeight: "bold" }]}>
        {pdfText(data.teamName)}
      </Text>
      <Text style={styles.coverLine}>{pdfText(data.organizationName)}</Text>
      <Text style={styles.coverLine}>Assessment submitted {frame.date}</Text>

      <View style={{ marginTop: 28, padding: 14, borderWidth: 1.5, borderColor: BRAND, borderRadius: 4 }}>
        <Text style={{ fontSize: 11, color: MUTED }}>Verdict</Text>
        <Text style={{ fontSize: 20, lineHeight: 1.3, fontWeight: "bold", color: BRAND }}>
          Weakest link: {levelText(view.weakest.level)}
          {view.weakest.objects.length > 0 ? ` (${view.weakest.objects.map(pdfText).join(", ")})` : ""}
        </Text>
        <Text style={[base.p, { marginTop: 4 }]}>
          The practice is only as mature as its weakest object.
          {view.coverage !== null
            ? ` ${Math.round(view.coverage * 100)}% of the practice the questionnaire asks about is in place.`
            : ""}
        </Text>
        <View style={{ flexDirection: "row", marginTop: 8 }}>
          {view.objects.map((o) => {
            const colour = levelColour(o.level);
            return (
              <View key={o.id} style={[styles.levelCard, { borderColor: colour.fill, borderWidth: 2 }]}>
                <Text style={{ fontSize: 10 }}>{pdfText(o.title)}</Text>
                <Text
                  style={{
                    fontSize: 18,
                    lineHeight: 1.3,
                    fontWeight: "bold",
                    backgroundColor: colour.fill,
                    color: colour.ink,
                    paddingHorizontal: 4,
                    marginVertical: 2,
                  }}
                >
                  {o.level === null ? "n/a" : `L${o.level}`}
                </Text>
                <Text style={base.small}>{o.target !== null ? `target L${o.target}` : "no target set"}</Text>
              </View>
            );
          })}
        </View>
        {view.realTest && (
          <Text style={[base.p, { marginTop: 8 }]}>
            <Text style={base.strong}>The real test: {view.realTest.passed ? "passed" : "not passed"}.</Text>{" "}
            {pdfText(
              `Could someone else retrain and redeploy your most important model tomorrow? Your answer: ${quoteAtEnd(view.realTest.answer)}`,
            )}
          </Text>
        )}
        {view.mlopsV0 && (
          <Text style={base.p}>
            <Text style={base.strong}>
              MLOps v0: {view.mlopsV0.practices.filter((p) => p.met).length} of{" "}
              {view.mlopsV0.practices.length} in place.
            </Text>
            {view.mlopsV0.practices.some((p) => !p.met)
              ? pdfText(
                  ` Missing: ${view.mlopsV0.practices
                    .filter((p) => !p.met)
                    .map((p) => p.title)
                    .join("; ")}.`,
                )
              : ""}
          </Text>
        )}
        {view.preProduction && (
          <Text style={base.p}>
            Pre-production result: no model is in production yet, so production practices were not rated.
          </Text>
        )}
        {view.plan.length > 0 && (
          <View style={{ marginTop: 6 }}>
            <Text style={base.strong}>First three steps</Text>
            {view.plan.slice(0, 3).map((item) => (
              <Text key={item.capabilityId} style={base.bullet}>
                {pdfText(
                  `${item.rank}. ${item.title} (${item.objectTitle}, L${item.step - 1} → L${item.step})`,
                )}
              </Text>
            ))}
          </View>
        )}
      </View>
      <Text style={[base.small, { marginTop: 24 }]}>
        Questionnaire {pdfText(frame.questionnaire)} · scoring engine {pdfText(frame.engineVersion)} ·
        generated {data.generatedAt.toISOString().slice(0, 10)}
      </Text>
    </ReportPage>
  );
}
