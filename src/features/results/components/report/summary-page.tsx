import { Page, Text, View } from "@react-pdf/renderer";
import { pdfText, styles as base, type PaperSize } from "@/components/pdf/style";
import type { ResultView } from "../../view";
import { Footer } from "./footer";
import { levelText, styles } from "./styles";

const SEVERITY_TITLE = { high: "High", medium: "Medium", low: "Low" } as const;

/** The executive summary: each object's level, the verdict, the top risks and the first steps. */
export function SummaryPage({ view, paper }: { view: ResultView; paper: PaperSize }) {
  const topRisks = view.risks.slice(0, 5);
  return (
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
        {view.coverage !== null
          ? ` · ${Math.round(view.coverage * 100)}% of the practice in place.`
          : ` · mean score ${view.meanScore.toFixed(2)}.`}{" "}
        The organisation is only as mature as its weakest object.
      </Text>
      {view.preProduction && (
        <Text style={base.p}>
          Pre-production result: no model is in production yet, so production practices were not rated.
        </Text>
      )}
      {view.realTest && (
        <Text style={base.p}>
          The real test (could someone else retrain and redeploy tomorrow?):{" "}
          {view.realTest.passed ? "passed" : "not passed"}. Answer: {pdfText(view.realTest.answer)}.
        </Text>
      )}
      {view.mlopsV0 && (
        <Text style={base.p}>
          MLOps v0 (the honest starting point): {view.mlopsV0.practices.filter((p) => p.met).length} of{" "}
          {view.mlopsV0.practices.length} in place
          {view.mlopsV0.practices.some((p) => !p.met)
            ? `; missing: ${view.mlopsV0.practices
                .filter((p) => !p.met)
                .map((p) => pdfText(p.title))
                .join("; ")}.`
            : "."}
        </Text>
      )}
      <Text style={base.h2}>Top risks</Text>
      {topRisks.length === 0 ? (
        <Text style={base.p}>No open risks.</Text>
      ) : (
        topRisks.map((r) => (
          <Text
            key={r.id}
            style={base.bullet}
          >{`• ${SEVERITY_TITLE[r.severity]}: ${pdfText(r.title)} (${pdfText(r.objectTitle)})`}</Text>
        ))
      )}
      <Text style={base.h2}>First steps</Text>
      {view.plan.slice(0, 3).map((item) => (
        <Text
          key={item.capabilityId}
          style={base.bullet}
        >{`${item.rank}. ${pdfText(item.title)} (${pdfText(item.objectTitle)}, L${item.step - 1} to L${item.step})`}</Text>
      ))}
      <Footer />
    </Page>
  );
}
