import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import { compareResults } from "@/domain/scoring/compare";
import type { AssessmentResult } from "@/domain/scoring/result";
import { formatDate } from "@/lib/format";

/** What changed since the team's previous submitted assessment. */
export function ChangeSummary({
  questionnaire,
  previous,
  result,
}: {
  questionnaire: Questionnaire;
  previous: { submittedAt: Date; result: AssessmentResult } | null;
  result: AssessmentResult;
}) {
  if (!previous)
    return (
      <p className="text-slate-700">
        This is the team&apos;s first submitted assessment: the next one will show what changed.
      </p>
    );
  const change = compareResults(previous.result, result);
  const riskTitle = (id: string) => questionnaire.risks.find((r) => r.id === id)?.title ?? id;
  const sign = (x: number) => (x > 0 ? `+${x.toFixed(2)}` : x.toFixed(2));
  return (
    <div className="space-y-3">
      <p className="text-slate-700">
        Compared with the assessment submitted on {formatDate(previous.submittedAt)}:
      </p>
      <table className="w-full max-w-xl text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1">
              Object
            </th>
            <th scope="col">Level</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {change.objects.map((o) => (
            <tr key={o.object} className="border-b border-slate-200">
              <th scope="row" className="py-1 font-medium">
                {questionnaire.objects.find((d) => d.id === o.object)?.title}
              </th>
              <td>
                {o.levelBefore === null ? "not assessable" : `L${o.levelBefore}`} →{" "}
                {o.levelAfter === null ? "not assessable" : `L${o.levelAfter}`}
              </td>
              <td>
                {o.scoreBefore.toFixed(2)} → {o.scoreAfter.toFixed(2)} ({sign(o.scoreDelta)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <p className="font-medium">Risks closed ({change.closedRisks.length})</p>
          <ul className="list-disc pl-5 text-sm">
            {change.closedRisks.map((id) => (
              <li key={id}>{riskTitle(id)}</li>
            ))}
          </ul>
        </div>
        <div>
          <p className="font-medium">Risks opened ({change.openedRisks.length})</p>
          <ul className="list-disc pl-5 text-sm">
            {change.openedRisks.map((id) => (
              <li key={id}>{riskTitle(id)}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
