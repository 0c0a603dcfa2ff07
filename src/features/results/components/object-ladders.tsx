import { Card } from "@/components/ui/card";
import { quoteAtEnd } from "@/lib/format";
import type { ObjectView } from "../view";

/**
 * Per object: the level with what it means, one line each on level, coverage and confidence, the
 * ladder L0–L4, what holds the object below its next level (the answers, and the next option up),
 * and what is already in place above the level.
 */
export function ObjectLadders({ objects }: { objects: ObjectView[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {objects.map((o) => (
        <Card as="section" key={o.id} aria-labelledby={`ladder-${o.id}`}>
          <h3
            id={`ladder-${o.id}`}
            className="flex items-baseline justify-between gap-2 text-lg font-semibold"
          >
            <span>{o.title}</span>
            <span data-testid={`level-${o.id}`}>
              {o.level === null ? "Not assessable" : `L${o.level}`}{" "}
              <span className="text-sm font-normal text-slate-600">score {o.score.toFixed(2)}</span>
            </span>
          </h3>
          <ul className="mt-1 space-y-1 text-sm text-slate-700" data-testid={`explanation-${o.id}`}>
            <li>{o.explanation.level}</li>
            {o.explanation.coverage && <li>{o.explanation.coverage}</li>}
            <li>{o.explanation.confidence}</li>
            {o.target !== null && (
              <li>{`Target L${o.target}${o.gap === null ? "" : o.gap ? `: ${o.gap} level${o.gap === 1 ? "" : "s"} to go` : ": reached"}.`}</li>
            )}
          </ul>
          {o.oneAnswerAway && (
            <p
              className="mt-2 rounded-md bg-emerald-50 px-2 py-1.5 text-sm text-emerald-900"
              data-testid={`one-answer-${o.id}`}
            >
              One answer away from L{o.oneAnswerAway.level}: “{o.oneAnswerAway.question}” at{" "}
              {quoteAtEnd(o.oneAnswerAway.answer)}
            </p>
          )}
          <ol className="mt-3 space-y-1" aria-label={`${o.title} levels`}>
            {[...o.ladder].reverse().map((l) => (
              <li
                key={l.level}
                aria-current={l.state === "current" ? "step" : undefined}
                className={`rounded-md px-2 py-1.5 text-sm ${l.state === "current" ? "bg-brand-600 text-white" : l.state === "reached" ? "bg-brand-50 text-slate-800" : "text-slate-600"}`}
              >
                <span className="font-semibold">L{l.level}</span> {l.title}
                {l.state === "current" && (
                  <p className="mt-1 text-xs leading-relaxed">
                    What L{l.level} means: {l.descriptor}
                  </p>
                )}
              </li>
            ))}
          </ol>
          {o.blockers.length > 0 ? (
            <div className="mt-3 text-sm">
              <p className="font-medium">
                What holds {o.title} below L{(o.level ?? 0) + 1}
              </p>
              <ul className="mt-1 space-y-1 text-slate-700">
                {o.blockers.map((b) => (
                  <li key={b.question}>
                    <span className="font-medium">{b.capability}:</span> {b.question} You answered{" "}
                    {quoteAtEnd(b.answer)}
                    {b.next && <span className="text-slate-600"> Next step up: {quoteAtEnd(b.next)}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            o.blocking.length > 0 && (
              <div className="mt-3 text-sm">
                <p className="font-medium">Blocking L{(o.level ?? 0) + 1}:</p>
                <ul className="list-disc pl-5 text-slate-700">
                  {o.blocking.map((title) => (
                    <li key={title}>{title}</li>
                  ))}
                </ul>
              </div>
            )
          )}
          {o.inPlaceAbove.length > 0 && (
            <div className="mt-3 text-sm">
              <p className="font-medium">Already in place above L{o.level}</p>
              <ul className="list-disc pl-5 text-slate-700">
                {o.inPlaceAbove.map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
            </div>
          )}
        </Card>
      ))}
    </div>
  );
}
