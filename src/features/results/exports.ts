import type { ResultView } from "./view";

/**
 * The improvement plan as backlog items: one row per recommendation, in plan order, with the
 * columns Jira, Linear and GitHub importers map (title, description, priority, labels).
 */
export const PLAN_CSV_HEADER = [
  "Title",
  "Description",
  "Object",
  "Level step",
  "Priority",
  "Rank",
  "Labels",
] as const;

const PRIORITY = { high: "High", medium: "Medium", low: "Low" } as const;

export function planRows(view: ResultView): string[][] {
  return view.plan.map((item) => {
    const description = [
      item.description,
      item.guidance
        ? `How (${view.lens.title}): ${item.guidance.how} Tools: ${item.guidance.tools.join(", ")}.`
        : null,
      item.closesRisks.length > 0 ? `Closes: ${item.closesRisks.join("; ")}.` : null,
      item.because.length > 0 ? `Because of: ${item.because.join(" / ")}` : null,
    ]
      .filter(Boolean)
      .join("\n\n");
    return [
      item.title,
      description,
      item.object,
      `L${item.step - 1} to L${item.step}`,
      PRIORITY[item.priority],
      String(item.rank),
      `mlops-maturity,${item.object}${item.forTarget ? ",target" : ""}`,
    ];
  });
}
