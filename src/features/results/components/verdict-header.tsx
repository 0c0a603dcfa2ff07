import { levelColour } from "@/components/ui/level-palette";
import { Anchor } from "@/components/ui/text-link";
import type { ResultView } from "../view";

/**
 * The verdict at a glance, above the fold at 1280 and at 375 px: the weakest link, each object's
 * level badge against its target, the real test, and the first three steps of the plan (each a
 * link to its place in the plan below).
 */
export function VerdictHeader({ view }: { view: ResultView }) {
  const topActions = view.plan.slice(0, 3);
  return (
    <div
      className="grid gap-4 rounded-xl border border-slate-300 bg-white p-4 shadow-sm lg:grid-cols-2"
      data-testid="verdict"
    >
      <div className="space-y-3">
        <p className="text-lg sm:text-xl" data-testid="weakest-link">
          Weakest link:{" "}
          <strong>{view.weakest.level === null ? "not assessable" : `L${view.weakest.level}`}</strong>
          {view.weakest.objects.length > 0 && ` (${view.weakest.objects.join(", ")})`}
          <span className="block text-sm text-slate-700 sm:inline">
            <span className="hidden sm:inline"> · </span>
            {view.coverage !== null
              ? `${Math.round(view.coverage * 100)}% of the practice in place`
              : `mean score ${view.meanScore.toFixed(2)}`}
          </span>
        </p>
        <ul className="grid grid-cols-3 gap-2" aria-label="Levels by object">
          {view.objects.map((o) => {
            const colour = levelColour(o.level);
            return (
              <li
                key={o.id}
                className="rounded-lg border border-slate-200 p-2 text-center"
                data-testid={`verdict-level-${o.id}`}
              >
                <span className="block text-sm font-medium text-slate-700">{o.title}</span>
                <span
                  className="my-1 block rounded-md text-2xl font-bold"
                  style={{ backgroundColor: colour.fill, color: colour.ink }}
                >
                  {o.level === null ? "n/a" : `L${o.level}`}
                </span>
                <span className="block text-xs text-slate-700">
                  {o.target === null ? "no target" : `target L${o.target}`}
                </span>
              </li>
            );
          })}
        </ul>
        {view.realTest && (
          <p className="text-sm">
            <a
              href="#where-you-stand"
              data-testid="real-test"
              className={`inline-block rounded-full border px-3 py-1 font-medium no-underline ${view.realTest.passed ? "border-emerald-400 bg-emerald-50 text-emerald-900" : "border-amber-400 bg-amber-50 text-amber-950"}`}
            >
              <span aria-hidden="true">{view.realTest.passed ? "✓ " : "! "}</span>
              The real test: {view.realTest.passed ? "passed" : "not passed"}
            </a>
          </p>
        )}
      </div>
      <div>
        <h2 className="text-base font-semibold">
          {topActions.length > 0 ? "Next three actions" : "Next actions"}
        </h2>
        {topActions.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700">
            Nothing left to recommend: every capability is in place.
          </p>
        ) : (
          <ol className="mt-1 space-y-1.5" data-testid="top-actions">
            {topActions.map((item) => (
              <li key={item.capabilityId} className="text-sm">
                <Anchor href={`#plan-${item.rank}`} className="font-medium">
                  {item.rank}. {item.title}
                </Anchor>
                <span className="block text-slate-600">
                  {item.objectTitle} · L{item.step - 1} → L{item.step} · {item.priority} priority
                </span>
              </li>
            ))}
          </ol>
        )}
        {view.plan.length > 3 && (
          <p className="mt-2 text-sm">
            <Anchor href="#plan">The whole plan ({view.plan.length} items)</Anchor>
          </p>
        )}
      </div>
    </div>
  );
}
