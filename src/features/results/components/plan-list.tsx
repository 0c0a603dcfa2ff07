import Link from "next/link";
import type { Route } from "next";
import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { AssessmentResult } from "@/domain/scoring/result";

const PRIORITY_STYLE = { high: "bg-red-100 text-red-900", medium: "bg-amber-100 text-amber-900", low: "bg-slate-200 text-slate-800" } as const;

/** The improvement plan in order, with the product mapping of the chosen lens. */
export function PlanList({ questionnaire, result, lens, basePath }: { questionnaire: Questionnaire; result: AssessmentResult; lens: string; basePath: string }) {
  const objectTitle = (id: string) => questionnaire.objects.find((o) => o.id === id)?.title ?? id;
  return (
    <div className="space-y-4">
      <nav aria-label="Lens" className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-700">Tools shown for:</span>
        {questionnaire.lenses.map((l) => (
          <Link
            key={l.id}
            href={`${basePath}?lens=${l.id}#plan` as Route}
            aria-current={l.id === lens ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${l.id === lens ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-brand-700"}`}
          >
            {l.title}
          </Link>
        ))}
      </nav>
      {result.recommendations.length === 0 ? (
        <p className="text-slate-700">Nothing left to recommend: every capability is in place.</p>
      ) : (
        <ol className="space-y-3">
          {result.recommendations.map((rec) => {
            const guidance = rec.guidance[lens];
            return (
              <li key={rec.capabilityId} className="rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-semibold text-slate-600">{rec.rank}.</span>
                  <span className={`rounded px-2 py-0.5 font-medium ${PRIORITY_STYLE[rec.priority]}`}>{rec.priority} priority</span>
                  <span className="text-slate-700">
                    {objectTitle(rec.object)} · L{rec.step - 1}→L{rec.step}
                  </span>
                  {rec.forTarget && <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-900">needed for your target</span>}
                </div>
                <p className="mt-1 font-medium">{rec.title}</p>
                <p className="mt-1 text-sm text-slate-700">{rec.description}</p>
                {guidance && (
                  <p className="mt-2 text-sm">
                    {guidance.how} <span className="text-slate-600">Tools: {guidance.tools.join(", ")}.</span>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
