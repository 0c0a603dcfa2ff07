import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { AssessmentResult } from "@/domain/scoring/result";
import { Button } from "@/components/ui/button";
import { LabelledSelect } from "@/components/ui/select";
import { formatDate } from "@/lib/format";
import type { TeamMilestone } from "../history";
import { ChangeSummary } from "./change-summary";

type Difference = {
  questionnaire: Questionnaire;
  from: { submittedAt: Date; result: AssessmentResult };
  to: { result: AssessmentResult };
} | null;

const label = (a: TeamMilestone) =>
  `${formatDate(a.submittedAt)} (weakest ${a.weakestLevel === null ? "not assessable" : `L${a.weakestLevel}`})`;

/** Two of the team's assessments picked in the URL (?from=&to=) and what changed between them. */
export function TeamDifference({
  submitted,
  fromId,
  toId,
  difference,
}: {
  submitted: TeamMilestone[];
  fromId?: string;
  toId?: string;
  difference: Difference;
}) {
  const options = submitted.map((a) => [a.id, label(a)] as const);
  return (
    <>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Pick two assessments">
        <LabelledSelect label="From" name="from" defaultValue={fromId} options={options} />
        <LabelledSelect label="To" name="to" defaultValue={toId} options={options} />
        <Button type="submit">Show difference</Button>
      </form>
      {difference ? (
        <ChangeSummary
          questionnaire={difference.questionnaire}
          previous={difference.from}
          result={difference.to.result}
        />
      ) : (
        <p className="text-slate-700">Pick two different assessments.</p>
      )}
    </>
  );
}
