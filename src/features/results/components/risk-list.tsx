import { SEVERITIES, type Severity } from "@/domain/scoring/result";
import { Anchor } from "@/components/ui/text-link";
import type { PlanItemView, RiskView } from "../view";
import { ObjectTag } from "./object-tag";

const SEVERITY_STYLE: Record<Severity, { border: string; badge: string; title: string }> = {
  high: { border: "border-l-red-600", badge: "bg-red-100 text-red-900", title: "High" },
  medium: { border: "border-l-amber-500", badge: "bg-amber-100 text-amber-950", title: "Medium" },
  low: { border: "border-l-slate-400", badge: "bg-slate-200 text-slate-800", title: "Low" },
};

/**
 * Open risks by severity, then by object: one compact line each, tagged with its object and linked
 * to the plan items that close it; who is hurt, what to do meanwhile and the answers that open it
 * unfold on demand.
 */
export function RiskList({ risks, plan }: { risks: RiskView[]; plan: PlanItemView[] }) {
  if (risks.length === 0)
    return (
      <p className="text-slate-700">
        No open risks: every practice this questionnaire asks about is in place.
      </p>
    );
  const planTitles = new Map(plan.map((p) => [p.rank, p.title]));
  return (
    <div className="space-y-6">
      {SEVERITIES.map((severity) => {
        const group = risks.filter((r) => r.severity === severity);
        if (group.length === 0) return null;
        const style = SEVERITY_STYLE[severity];
        const objects = [...new Set(group.map((r) => r.objectTitle))];
        return (
          <section key={severity} aria-labelledby={`risks-${severity}`} data-testid={`risks-${severity}`}>
            <h3 id={`risks-${severity}`} className="flex items-center gap-2 text-lg font-semibold">
              {style.title}
              <span className={`rounded-full px-2 text-sm ${style.badge}`}>
                {group.length}
                <span className="sr-only"> risks</span>
              </span>
            </h3>
            {objects.map((objectTitle) => (
              <div key={objectTitle} className="mt-2">
                <h4 className="text-sm font-semibold text-slate-700">{objectTitle}</h4>
                <ul className="mt-1 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                  {group
                    .filter((r) => r.objectTitle === objectTitle)
                    .map((risk) => (
                      <li
                        key={risk.id}
                        id={`risk-${risk.id}`}
                        className={`scroll-mt-16 border-l-4 px-3 py-2 ${style.border}`}
                        data-testid="risk"
                      >
                        <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                          <ObjectTag object={risk.object} title={risk.objectTitle} />
                          <span className="font-medium">{risk.title}</span>
                          {risk.antiPattern && (
                            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold">
                              known anti-pattern
                            </span>
                          )}
                        </p>
                        {risk.closedBy.length > 0 && (
                          <p className="mt-1 text-sm text-slate-700">
                            Closed by the plan:{" "}
                            {risk.closedBy.map((rank, i) => (
                              <span key={rank}>
                                {i > 0 && "; "}
                                <Anchor href={`#plan-${rank}`}>
                                  {rank}. {planTitles.get(rank)}
                                </Anchor>
                              </span>
                            ))}
                          </p>
                        )}
                        <details className="mt-1 text-sm">
                          <summary className="cursor-pointer text-brand-700 underline">
                            Why it matters and the {risk.causes.length} answer
                            {risk.causes.length === 1 ? "" : "s"} that open it
                          </summary>
                          <div className="mt-1 space-y-1 text-slate-800">
                            {risk.harms && <p>{risk.harms}</p>}
                            {risk.interim && (
                              <p>
                                <span className="font-medium">Until it is fixed:</span> {risk.interim}
                              </p>
                            )}
                            {risk.exposure === "partial" && (
                              <p className="italic">One step lower: the practice is partly in place.</p>
                            )}
                            {risk.raisedBy && (
                              <p className="italic">Raised one step by your context: {risk.raisedBy}</p>
                            )}
                            <ul className="list-disc pl-5">
                              {risk.causes.map((c) => (
                                <li key={c.question}>
                                  {c.question} — {c.answer}
                                </li>
                              ))}
                            </ul>
                          </div>
                        </details>
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
