import { SEVERITIES, type Severity } from "@/domain/scoring/result";
import type { RiskView } from "../view";

const SEVERITY_STYLE: Record<Severity, string> = {
  high: "border-red-300 bg-red-50 text-red-900",
  medium: "border-amber-300 bg-amber-50 text-amber-900",
  low: "border-slate-300 bg-slate-50 text-slate-800",
};

/** Open risks grouped by severity: who is hurt, what to do meanwhile, the answers that open each, the plan items that close it. */
export function RiskList({ risks }: { risks: RiskView[] }) {
  if (risks.length === 0)
    return (
      <p className="text-slate-700">
        No open risks: every practice this questionnaire asks about is in place.
      </p>
    );
  return (
    <div className="space-y-6">
      {SEVERITIES.map((severity) => {
        const group = risks.filter((r) => r.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} aria-labelledby={`risks-${severity}`}>
            <h3 id={`risks-${severity}`} className="text-lg font-semibold capitalize">
              {severity} ({group.length})
            </h3>
            <ul className="mt-2 space-y-2">
              {group.map((risk) => (
                <li key={risk.id} className={`rounded-lg border p-3 ${SEVERITY_STYLE[severity]}`}>
                  <p className="font-medium">
                    {risk.title} <span className="text-sm font-normal">· {risk.objectTitle}</span>
                    {risk.antiPattern && (
                      <span className="ml-2 rounded bg-white/70 px-1.5 py-0.5 text-xs font-semibold">
                        known anti-pattern
                      </span>
                    )}
                  </p>
                  {risk.harms && <p className="mt-1 text-sm">{risk.harms}</p>}
                  {risk.interim && (
                    <p className="mt-1 text-sm">
                      <span className="font-medium">Until it is fixed:</span> {risk.interim}
                    </p>
                  )}
                  {risk.exposure === "partial" && (
                    <p className="mt-1 text-sm italic">One step lower: the practice is partly in place.</p>
                  )}
                  {risk.raisedBy && (
                    <p className="mt-1 text-sm italic">Raised one step by your context: {risk.raisedBy}</p>
                  )}
                  <details className="mt-1 text-sm">
                    <summary className="cursor-pointer underline">
                      Opened by {risk.causes.length} answer{risk.causes.length === 1 ? "" : "s"}
                      {risk.closedBy.length > 0 ? ` · closed by plan item ${risk.closedBy.join(", ")}` : ""}
                    </summary>
                    <ul className="mt-1 list-disc pl-5">
                      {risk.causes.map((c) => (
                        <li key={c.question}>
                          {c.question} — {c.answer}
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
