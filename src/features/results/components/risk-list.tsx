import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { AssessmentResult, RiskCause, Severity } from "@/domain/scoring/result";
import { SEVERITIES } from "@/domain/scoring/result";

const SEVERITY_STYLE: Record<Severity, string> = {
  high: "border-red-300 bg-red-50 text-red-900",
  medium: "border-amber-300 bg-amber-50 text-amber-900",
  low: "border-slate-300 bg-slate-50 text-slate-800",
};

function causeText(questionnaire: Questionnaire, cause: RiskCause): string {
  const question = questionnaire.objects.flatMap((o) => o.questions).find((q) => q.id === cause.questionId);
  if (!question) return cause.questionId;
  const answer =
    cause.status === "dont-know" ? "don't know" : cause.status === "unanswered" ? "not answered" : (question.options.find((o) => o.id === cause.optionId)?.label ?? "");
  return `${question.text} — ${answer}`;
}

/** Open risks grouped by severity, each with the answers that leave it open. */
export function RiskList({ questionnaire, result }: { questionnaire: Questionnaire; result: AssessmentResult }) {
  if (result.risks.length === 0) return <p className="text-slate-700">No open risks: every practice this questionnaire asks about is in place.</p>;
  return (
    <div className="space-y-6">
      {SEVERITIES.map((severity) => {
        const risks = result.risks.filter((r) => r.severity === severity);
        if (risks.length === 0) return null;
        return (
          <section key={severity} aria-labelledby={`risks-${severity}`}>
            <h3 id={`risks-${severity}`} className="text-lg font-semibold capitalize">
              {severity} ({risks.length})
            </h3>
            <ul className="mt-2 space-y-2">
              {risks.map((risk) => {
                const definition = questionnaire.risks.find((r) => r.id === risk.id);
                return (
                  <li key={risk.id} className={`rounded-lg border p-3 ${SEVERITY_STYLE[severity]}`}>
                    <p className="font-medium">{risk.title}</p>
                    {definition && <p className="mt-1 text-sm">{definition.impact}</p>}
                    {risk.raisedBy && <p className="mt-1 text-sm italic">Raised one level by your context ({questionnaire.context.rules.find((r) => r.id === risk.raisedBy)?.title}).</p>}
                    <details className="mt-1 text-sm">
                      <summary className="cursor-pointer underline">Caused by {risk.causes.length} answer{risk.causes.length === 1 ? "" : "s"}</summary>
                      <ul className="mt-1 list-disc pl-5">
                        {risk.causes.map((c) => (
                          <li key={c.questionId}>{causeText(questionnaire, c)}</li>
                        ))}
                      </ul>
                    </details>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
