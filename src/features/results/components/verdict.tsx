import { quoteAtEnd } from "@/lib/format";
import type { ResultView } from "../view";

/**
 * Where the team stands, below the verdict header: the two checks a lead recognises at once — "the
 * real test" with the question and their answer, and the honest starting point (MLOps v0) — and
 * whether the result is a pre-production one.
 */
export function VerdictDetails({ view }: { view: ResultView }) {
  return (
    <div className="space-y-3">
      {view.preProduction && (
        <p
          className="max-w-3xl rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900"
          data-testid="pre-production"
        >
          <strong>Pre-production result.</strong> No model is in production yet, so questions about running
          models in production were skipped; the levels rate what is in place before the first release.
        </p>
      )}
      {(view.realTest || view.mlopsV0) && (
        <div className="grid max-w-4xl gap-3 sm:grid-cols-2">
          {view.realTest && (
            <div
              className={`rounded-lg border p-3 text-sm ${view.realTest.passed ? "border-emerald-300 bg-emerald-50" : "border-amber-300 bg-amber-50"}`}
              data-testid="real-test-detail"
            >
              <p className="font-semibold">The real test: {view.realTest.passed ? "passed" : "not passed"}</p>
              <p className="mt-1 text-slate-800">
                If the person who built your most important model left today, could someone else retrain and
                redeploy it tomorrow?
              </p>
              <p className="mt-1 text-slate-700">Your answer: {quoteAtEnd(view.realTest.answer)}</p>
            </div>
          )}
          {view.mlopsV0 && (
            <div
              className={`rounded-lg border p-3 text-sm ${view.mlopsV0.met ? "border-emerald-300 bg-emerald-50" : "border-slate-300 bg-white"}`}
              data-testid="mlops-v0"
            >
              <p className="font-semibold">
                MLOps v0: {view.mlopsV0.practices.filter((p) => p.met).length} of{" "}
                {view.mlopsV0.practices.length} in place
              </p>
              <p className="mt-1 text-slate-700">
                The honest starting point: three habits that stop the silent failure of a model, before any
                platform.
              </p>
              <ul className="mt-1 space-y-0.5">
                {view.mlopsV0.practices.map((p) => (
                  <li key={p.title}>
                    <span aria-hidden="true">{p.met ? "✓" : "○"}</span>{" "}
                    <span className="sr-only">{p.met ? "In place:" : "Missing:"}</span> {p.title}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
