import { Page, Text, View } from "@react-pdf/renderer";
import { pdfText, styles as base, type PaperSize } from "@/components/pdf/style";
import type { ResultView } from "../../view";
import { Footer } from "./footer";

const SEVERITIES = ["high", "medium", "low"] as const;
const SEVERITY_TITLE = { high: "High", medium: "Medium", low: "Low" } as const;

/** Open risks by severity, then (from a new page) the improvement plan in the chosen lens and the advice for the context. */
export function RisksAndPlanPage({ view, paper }: { view: ResultView; paper: PaperSize }) {
  return (
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
                {r.raisedBy && (
                  <Text style={base.small}>{pdfText(`Raised one step by your context: ${r.raisedBy}`)}</Text>
                )}
                <Text style={base.small}>
                  {pdfText(`Opened by: ${r.causes.map((c) => `${c.question} (${c.answer})`).join(" / ")}`)}
                </Text>
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
          {item.guidance && (
            <Text style={base.small}>
              {pdfText(`How: ${item.guidance.how} Tools: ${item.guidance.tools.join(", ")}.`)}
            </Text>
          )}
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
  );
}
