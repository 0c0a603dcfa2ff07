import "server-only";
import type { AnswerStatus, NaReason as DbNaReason } from "@/generated/prisma/enums";
import type { Answer } from "@/domain/scoring/answers";
import type { NaReason } from "@/domain/questionnaire/schema";

/** Answer rows ⇄ domain answers. The database spells enum values with underscores. */

const toDbReason: Record<NaReason, DbNaReason> = {
  "out-of-scope": "out_of_scope",
  "business-priorities": "business_priorities",
  "architecture-constraints": "architecture_constraints",
  other: "other",
};
const fromDbReason = Object.fromEntries(Object.entries(toDbReason).map(([k, v]) => [v, k])) as Record<
  DbNaReason,
  NaReason
>;

export interface AnswerRowFields {
  status: AnswerStatus | null;
  optionId: string | null;
  naReason: DbNaReason | null;
  naReasonText: string | null;
}

export function answerToRow(answer: Answer): AnswerRowFields {
  switch (answer.kind) {
    case "option":
      return { status: "option", optionId: answer.optionId, naReason: null, naReasonText: null };
    case "not-applicable":
      return {
        status: "not_applicable",
        optionId: null,
        naReason: toDbReason[answer.reason],
        naReasonText: answer.reasonText ?? null,
      };
    case "dont-know":
      return { status: "dont_know", optionId: null, naReason: null, naReasonText: null };
  }
}

/** The scored answer a row holds, or null when the row holds only a note so far. */
export function rowToAnswer(row: AnswerRowFields & { questionId: string }): Answer | null {
  if (row.status === "option" && row.optionId)
    return { questionId: row.questionId, kind: "option", optionId: row.optionId };
  if (row.status === "not_applicable" && row.naReason) {
    return {
      questionId: row.questionId,
      kind: "not-applicable",
      reason: fromDbReason[row.naReason],
      ...(row.naReasonText ? { reasonText: row.naReasonText } : {}),
    };
  }
  if (row.status === "dont_know") return { questionId: row.questionId, kind: "dont-know" };
  return null;
}
