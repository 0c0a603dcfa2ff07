import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { AssessmentResult } from "@/domain/scoring/result";

/**
 * The improvement plan as backlog items: one row per recommendation, in plan order, with the
 * columns Jira, Linear and GitHub importers map (title, description, priority, labels).
 */
export const PLAN_CSV_HEADER = ["Title", "Description", "Object", "Level step", "Priority", "Rank", "Labels"] as const;

const PRIORITY = { high: "High", medium: "Medium", low: "Low" } as const;

export function planRows(questionnaire: Questionnaire, result: AssessmentResult, lens: string): string[][] {
  const riskTitle = (id: string) => questionnaire.risks.find((r) => r.id === id)?.title ?? id;
  const questionText = (id: string) => questionnaire.objects.flatMap((o) => o.questions).find((q) => q.id === id)?.text ?? id;
  const lensTitle = questionnaire.lenses.find((l) => l.id === lens)?.title ?? lens;
  return result.recommendations.map((rec) => {
    const guidance = rec.guidance[lens];
    const description = [
      rec.description,
      guidance ? `How (${lensTitle}): ${guidance.how} Tools: ${guidance.tools.join(", ")}.` : null,
      rec.closesRisks.length > 0 ? `Closes: ${rec.closesRisks.map(riskTitle).join("; ")}.` : null,
      rec.unmetQuestions.length > 0 ? `Because of: ${rec.unmetQuestions.map(questionText).join(" / ")}` : null,
    ]
      .filter(Boolean)
      .join("\n\n");
    return [rec.title, description, rec.object, `L${rec.step - 1} to L${rec.step}`, PRIORITY[rec.priority], String(rec.rank), `mlops-maturity,${rec.object}${rec.forTarget ? ",target" : ""}`];
  });
}
