import { Card } from "@/components/ui/card";
import { DownloadLink, TextLink } from "@/components/ui/text-link";
import { cn } from "@/lib/cn";
import { paths } from "@/lib/paths";
import type { ResultView } from "../view";
import { ObjectTag } from "./object-tag";

const PRIORITY_STYLE = {
  high: "bg-red-100 text-red-900",
  medium: "bg-amber-100 text-amber-900",
  low: "bg-slate-200 text-slate-800",
} as const;

/** The improvement plan in order, with the product mapping of the chosen lens, and its CSV download. */
export function PlanList({ view, assessmentId }: { view: ResultView; assessmentId: string }) {
  return (
    <>
      <p className="max-w-2xl text-slate-700">
        Basics first: the next step of each object before anything further, the weakest object first.
      </p>
      <div className="space-y-4">
        <nav aria-label="Lens" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-700">Tools shown for:</span>
          {view.lenses.map((l) => (
            <TextLink
              key={l.id}
              href={paths.results(assessmentId, { lens: l.id, hash: "plan" })}
              aria-current={l.id === view.lens.id ? "page" : undefined}
              look="none"
              className={cn(
                "rounded-full border px-3 py-1 no-underline",
                l.id === view.lens.id
                  ? "border-brand-600 bg-brand-600 text-white"
                  : "border-slate-300 bg-white text-brand-700",
              )}
            >
              {l.title}
            </TextLink>
          ))}
          {view.lens.checked && (
            <span className="text-slate-600">(tool names checked {view.lens.checked})</span>
          )}
        </nav>
        {view.plan.length === 0 ? (
          <p className="text-slate-700">Nothing left to recommend: every capability is in place.</p>
        ) : (
          <ol className="space-y-3">
            {view.plan.map((item) => (
              <Card as="li" key={item.capabilityId} id={`plan-${item.rank}`} className="scroll-mt-16">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-semibold text-slate-600">{item.rank}.</span>
                  <span className={`rounded px-2 py-0.5 font-medium ${PRIORITY_STYLE[item.priority]}`}>
                    {item.priority} priority
                  </span>
                  <ObjectTag object={item.object} title={item.objectTitle} />
                  <span className="text-slate-700">
                    L{item.step - 1} → L{item.step}
                  </span>
                  {item.forTarget && (
                    <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-900">
                      needed for your target
                    </span>
                  )}
                </div>
                <p className="mt-1 font-medium">{item.title}</p>
                <p className="mt-1 text-sm text-slate-700">{item.description}</p>
                {item.guidance && (
                  <p className="mt-2 text-sm">
                    {item.guidance.how}{" "}
                    <span className="text-slate-600">Tools: {item.guidance.tools.join(", ")}.</span>
                  </p>
                )}
                {item.closesRisks.length > 0 && (
                  <p className="mt-2 text-sm text-slate-600">Closes: {item.closesRisks.join("; ")}.</p>
                )}
              </Card>
            ))}
          </ol>
        )}
      </div>
      <p className="text-sm">
        <DownloadLink href={paths.api.planCsv(assessmentId, view.lens.id)}>
          Download the plan as CSV
        </DownloadLink>{" "}
        <span className="text-slate-600">
          (one row per item, ready to import into Jira, Linear or GitHub)
        </span>
      </p>
    </>
  );
}
