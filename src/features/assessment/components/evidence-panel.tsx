import type { QuestionEvidenceView } from "@/domain/evidence/explain";
import { Button } from "@/components/ui/button";

const CONFIDENCE = { high: "high confidence", medium: "medium confidence", low: "a hint" } as const;

const place = (l: { path: string; line?: number; cell?: number }) =>
  `${l.path}${l.cell ? ` (cell ${l.cell}${l.line ? `, line ${l.line}` : ""})` : l.line ? `:${l.line}` : ""}`;

/**
 * What the team's repositories show for one question: the answer the evidence suggests (one click
 * uses it), each finding with where it was seen, and a warning when the chosen answer claims more
 * than high-confidence evidence allows (the answer stands; the note must say why).
 */
export function EvidencePanel({
  evidence,
  selectedOptionId,
  flagged,
  hasNote,
  onUse,
}: {
  evidence: QuestionEvidenceView;
  selectedOptionId: string | null;
  flagged: boolean;
  hasNote: boolean;
  onUse: (optionId: string) => void;
}) {
  if (evidence.status === "not-observable") return null;
  const { suggestion } = evidence;
  return (
    <div
      className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm"
      data-testid={`evidence-${evidence.questionId}`}
    >
      <p>
        <span className="font-medium">From your repositories: </span>
        {suggestion ? (
          <>
            suggests “{suggestion.optionLabel}” ({CONFIDENCE[suggestion.confidence]}).{" "}
            {selectedOptionId !== suggestion.optionId && (
              <Button variant="secondary" size="xs" onClick={() => onUse(suggestion.optionId)}>
                Use this answer
              </Button>
            )}
          </>
        ) : (
          "nothing conclusive. Absence in the code is not proof either way."
        )}
      </p>
      {evidence.findings.length > 0 && (
        <details className="mt-1">
          <summary className="cursor-pointer text-brand-700">
            {evidence.findings.length} finding{evidence.findings.length === 1 ? "" : "s"}
          </summary>
          <ul className="mt-1 space-y-1">
            {evidence.findings.map((f) => (
              <li key={f.ruleId}>
                {f.explanation}{" "}
                <span className="text-slate-600">
                  ({f.kind === "floor" ? "at least" : "at most"} “{f.optionLabel}”, {CONFIDENCE[f.confidence]}
                  {f.locations.length > 0 && `; ${f.locations.map(place).join(", ")}`}
                  {f.count > f.locations.length && ` and ${f.count - f.locations.length} more`})
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {flagged && evidence.hardCeiling && (
        <p
          className="mt-2 rounded border border-amber-300 bg-amber-50 px-2 py-1.5 text-amber-900"
          role="note"
        >
          Your answer claims more than your repositories show: high-confidence evidence puts this at “
          {evidence.hardCeiling.optionLabel}” at most. Keep your answer if it is right
          {hasNote
            ? "; your note explains the difference."
            : ", and say why in the note below (submitting asks for it)."}
        </p>
      )}
    </div>
  );
}
