import { parseArgs } from "node:util";
import { isV2, type QuestionnaireV2 } from "@/domain/questionnaire/questionnaire";
import { latestVersion, loadAllQuestionnaires } from "@/server/questionnaires/files";

/**
 * `npm run questionnaire:print [-- id@version]`: the questionnaire as the answering page shows it,
 * as Markdown (for a workshop on paper, or a review of the wording). Like the page, it shows no
 * option values and no scoring: only what a lead reads and chooses from.
 */
const { positionals } = parseArgs({ allowPositionals: true });
const [id = "mlops-maturity", version] = (positionals[0] ?? "mlops-maturity").split("@");
const all = loadAllQuestionnaires();
const questionnaire = version
  ? all.find((q) => q.id === id && q.version === version)
  : latestVersion(all, id);
if (!questionnaire || !isV2(questionnaire)) {
  console.error(
    `print: no questionnaire ${positionals[0] ?? id} in the current format under questionnaires/`,
  );
  process.exit(1);
}
console.log(render(questionnaire));

function render(q: QuestionnaireV2): string {
  const context = new Map(q.context.questions.map((c) => [c.id, c]));
  const condition = (appliesWhen: Record<string, string[]>) =>
    Object.entries(appliesWhen)
      .map(([question, options]) => {
        const c = context.get(question);
        return `“${c?.text ?? question}” is ${options.map((o) => `“${c?.options.find((x) => x.id === o)?.label ?? o}”`).join(" or ")}`;
      })
      .join(", and ");
  const lines = [
    `# ${q.title} (version ${q.version})`,
    "",
    `**How to answer:** ${q.answerRule}`,
    "",
    `**Which models:** ${q.scopeRule}`,
    "",
  ];
  lines.push(
    "Every scored question also offers “Don't know”. “Not applicable” (with a reason) is offered only where a question says so.",
    "",
  );
  lines.push("## Your context", "");
  for (const c of q.context.questions) {
    lines.push(
      `### ${c.id}: ${c.text}`,
      "",
      c.fromTeam ? `_Not asked: taken from the team's settings._ ${c.help}` : c.help,
      "",
    );
    for (const o of c.options) lines.push(`- \`${o.id}\`: ${o.label}`);
    lines.push("");
  }
  for (const object of q.objects) {
    lines.push(`## ${object.title}`, "", object.summary, "");
    for (const question of object.questions) {
      lines.push(`### ${question.id}: ${question.text}`, "", `_Why this matters:_ ${question.help}`, "");
      if (question.appliesWhen) lines.push(`_Asked only when ${condition(question.appliesWhen)}._`, "");
      for (const o of question.options) lines.push(`- \`${o.id}\`: ${o.label}`);
      lines.push("- `dont-know`: Don't know");
      if (question.notApplicable)
        lines.push(
          `- \`not-applicable\`: Not applicable — only if ${question.notApplicable.when.charAt(0).toLowerCase()}${question.notApplicable.when.slice(1)}`,
        );
      lines.push("");
    }
  }
  return lines.join("\n");
}
