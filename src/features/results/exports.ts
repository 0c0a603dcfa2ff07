import type { ResultView } from "./view";

/**
 * The improvement plan as backlog items: one row per recommendation, in plan order, with the
 * columns Jira, Linear and GitHub importers map (title, description, priority, labels). Every row
 * names its team and the assessment's date (YYYY-MM-DD), so the plans of several teams can share
 * one backlog; values are the labels people read ("Data", "High"), not internal ids.
 */
export const PLAN_CSV_HEADER = [
  "Team",
  "Assessment date",
  "Title",
  "Description",
  "Object",
  "Level step",
  "Priority",
  "Rank",
  "Labels",
] as const;

const PRIORITY = { high: "High", medium: "Medium", low: "Low" } as const;

export function planRows(view: ResultView, source: { teamName: string; submittedAt: Date }): string[][] {
  const date = source.submittedAt.toISOString().slice(0, 10);
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
      source.teamName,
      date,
      item.title,
      description,
      item.objectTitle,
      `L${item.step - 1} → L${item.step}`,
      PRIORITY[item.priority],
      String(item.rank),
      `mlops-maturity,${item.object}${item.forTarget ? ",target" : ""}`,
    ];
  });
}
