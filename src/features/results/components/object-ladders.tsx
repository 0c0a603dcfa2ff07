import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { AssessmentResult } from "@/domain/scoring/result";

/** Per object, the ladder L0–L4 with the current level highlighted and what blocks the next one. */
export function ObjectLadders({ questionnaire, result }: { questionnaire: Questionnaire; result: AssessmentResult }) {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {result.objects.map((o) => {
        const definition = questionnaire.objects.find((d) => d.id === o.object);
        if (!definition) return null;
        const capabilityTitle = (id: string) => definition.capabilities.find((c) => c.id === id)?.title ?? id;
        return (
          <section key={o.object} aria-labelledby={`ladder-${o.object}`} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 id={`ladder-${o.object}`} className="flex items-baseline justify-between text-lg font-semibold">
              <span>{definition.title}</span>
              <span data-testid={`level-${o.object}`}>
                L{o.level} <span className="text-sm font-normal text-slate-600">score {o.score.toFixed(2)}</span>
              </span>
            </h3>
            <p className="text-sm text-slate-600">
              {o.target !== null ? `Target L${o.target}${o.gap ? `, ${o.gap} level${o.gap === 1 ? "" : "s"} to go` : ", reached"} · ` : ""}
              {Math.round(o.completion * 100)}% answered · confidence {Math.round(o.confidence * 100)}%
            </p>
            <ol className="mt-3 space-y-1" aria-label={`${definition.title} levels`}>
              {[...definition.levels].reverse().map((l) => {
                const current = l.level === o.level;
                return (
                  <li key={l.level} aria-current={current ? "step" : undefined} className={`rounded-md px-2 py-1.5 text-sm ${current ? "bg-brand-600 text-white" : l.level < o.level ? "bg-brand-50 text-slate-800" : "text-slate-600"}`}>
                    <span className="font-semibold">L{l.level}</span> {l.title}
                    {current && <p className="mt-1 text-xs leading-relaxed">{l.descriptor}</p>}
                  </li>
                );
              })}
            </ol>
            {o.blocking.length > 0 && (
              <div className="mt-3 text-sm">
                <p className="font-medium">Blocking L{o.level + 1}:</p>
                <ul className="list-disc pl-5 text-slate-700">
                  {o.blocking.map((id) => (
                    <li key={id}>{capabilityTitle(id)}</li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
