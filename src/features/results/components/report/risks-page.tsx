import { Text, View } from "@react-pdf/renderer";
import { pdfText, styles as base } from "@/components/pdf/style";
import type { ResultView } from "../../view";
import { ReportPage, type ReportFrame } from "./frame";
import { styles } from "./styles";

const SEVERITIES = ["high", "medium", "low"] as const;
const SEVERITY_TITLE = { high: "High", medium: "Medium", low: "Low" } as const;

/** Open risks by severity, each with its object and the plan items that close it; then (from a new page) the plan in the chosen lens and the advice for the context. */
export function RisksAndPlanPage({ view, frame }: { view: ResultView; frame: ReportFrame }) {
  return (
    <ReportPage frame={frame}>
      <Text style={base.h1}>Open risks by severity</Text>
      {view.risks.length === 0 && <Text style={base.p}>No open risks.</Text>}
      {SEVERITIES.map((severity) => {
        const risks = view.risks.filter((r) => r.severity === severity);
        if (risks.length === 0) return null;
        return (
          <View key={severity}>
            <Text style={base.h2} minPresenceAhead={60}>
              {SEVERITY_TITLE[severity]} ({risks.length})
            </Text>
            {risks.map((r) => (
              <View key={r.id} wrap={false} style={{ marginBottom: 7 }}>
                <View style={{ flexDirection: "row", alignItems: "center" }}>
                  <Text style={[styles.tag, { marginRight: 5 }]}>{pdfText(r.objectTitle)}</Text>
                  <Text style={[base.strong, { flex: 1 }]}>{pdfText(r.title)}</Text>
                </View>
                {r.harms && <Text style={base.small}>{pdfText(r.harms)}</Text>}
                {r.interim && <Text style={base.small}>{pdfText(`Until it is fixed: ${r.interim}`)}</Text>}
                {r.raisedBy && (
                  <Text style={base.small}>{pdfText(`Raised one step by your context: ${r.raisedBy}`)}</Text>
                )}
                <Text style={base.small}>
                  {pdfText(`Opened by: ${r.causes.map((c) => `${c.question} (${c.answer})`).join(" / ")}`)}
                </Text>
                {r.closedBy.length > 0 && (
                  <Text style={base.small}>
                    Closed by plan item{r.closedBy.length === 1 ? "" : "s"} {r.closedBy.join(", ")}.
                  </Text>
                )}
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
        <View key={item.capabilityId} wrap={false} style={{ marginTop: 7 }}>
          <View style={{ flexDirection: "row", alignItems: "center" }}>
            <Text style={[styles.tag, { marginRight: 5 }]}>{pdfText(item.objectTitle)}</Text>
            <Text style={[base.strong, { flex: 1 }]}>
              {item.rank}. {pdfText(item.title)}
            </Text>
          </View>
          <Text style={base.small}>
            {pdfText(item.objectTitle)} L{item.step - 1} → L{item.step} · priority {item.priority}
            {item.forTarget ? " · on the way to the target" : ""}
          </Text>
          <Text style={base.p}>{pdfText(item.description)}</Text>
          {item.guidance && (
            <Text style={base.small}>
              {pdfText(`How: ${item.guidance.how} Tools: ${item.guidance.tools.join(", ")}.`)}
            </Text>
          )}
          {item.closesRisks.length > 0 && (
            <Text style={base.small}>{pdfText(`Closes: ${item.closesRisks.join("; ")}.`)}</Text>
          )}
        </View>
      ))}

      <Text style={[base.h1, { marginTop: 14 }]} minPresenceAhead={80}>
        Advice for this context
      </Text>
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
    </ReportPage>
  );
}
