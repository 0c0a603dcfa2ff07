import type { Finding, FindingsDocument, Location, Suggestion } from "@/domain/evidence/findings";
import type { EvidenceRules } from "@/domain/evidence/rules";
import type { GitFact } from "@/domain/evidence/schema";
import type { Question, QuestionnaireV2 } from "@/domain/questionnaire/questionnaire";

/** The scan as a person reads it in a terminal: per object, what was found, where, and what it suggests. */

const GIT_WORDS: Record<GitFact, (n: number) => string> = {
  mlAuthors90d: (n) => `${n} ${n === 1 ? "person" : "people"} changed the ML code in the last 90 days`,
  mlCommits90d: (n) => `${n} ${n === 1 ? "change" : "changes"} to the ML code in the last 90 days`,
  mainlineChanges90d: (n) =>
    `${n} ${n === 1 ? "change" : "changes"} reached the main branch in the last 90 days`,
  mergedShare90d: (n) => `${Math.round(n * 100)}% of them through pull or merge requests`,
  reviewedShare90d: (n) => `${Math.round(n * 100)}% merged by someone other than their author`,
  daysSinceMlChange: (n) => `ML code last changed ${days(n)}`,
  daysSinceTestChange: (n) => `tests last changed ${days(n)}`,
  daysSinceCiChange: (n) => `CI definitions last changed ${days(n)}`,
};

function days(n: number): string {
  if (n === 0) return "today";
  if (n === 1) return "yesterday";
  return `${n} days ago`;
}

const HISTORY_WORDS: Record<FindingsDocument["folders"][number]["history"], string> = {
  history: "git history read",
  shallow: "shallow clone, history not usable (fetch the full history to include it)",
  "not-a-repository": "not a git repository",
  unavailable: "git history could not be read",
};

const STOPPED_WORDS = {
  files: "the file limit",
  bytes: "the limit on bytes read",
  time: "the time limit",
} as const;

function formatLocation(location: Location): string {
  if (location.cell !== undefined)
    return `${location.path} (cell ${location.cell}${location.line !== undefined ? `, line ${location.line}` : ""})`;
  return location.line !== undefined ? `${location.path}:${location.line}` : location.path;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function renderReport(
  document: FindingsDocument,
  questionnaire: QuestionnaireV2,
  rules: EvidenceRules,
): string {
  const explanations = new Map(rules.rules.map((r) => [r.id, r.explanation]));
  const whyNot = new Map(rules.notObservable.map((n) => [n.question, n.why]));
  const suggestions = new Map(document.suggestions.map((s) => [s.questionId, s]));
  const findingsOf = new Map<string, Finding[]>();
  for (const finding of document.findings)
    findingsOf.set(finding.questionId, [...(findingsOf.get(finding.questionId) ?? []), finding]);

  const lines = [
    `Evidence scan for ${questionnaire.title} (version ${questionnaire.version}), ${document.scannedAt}`,
  ];
  for (const folder of document.folders) lines.push(`  ${folder.name}: ${HISTORY_WORDS[folder.history]}`);
  const limits = document.limits;
  lines.push(
    `  ${limits.files} files listed, ${formatBytes(limits.bytesRead)} read${limits.unreadLargeFiles > 0 ? `, ${limits.unreadLargeFiles} large files not read` : ""}.`,
  );
  if (limits.stoppedBy)
    lines.push(
      `  The scan stopped at ${STOPPED_WORDS[limits.stoppedBy]}: evidence in the files not reached is missing.`,
    );
  const git = (Object.keys(GIT_WORDS) as GitFact[])
    .filter((k) => document.git[k] !== undefined)
    .map((k) => GIT_WORDS[k](document.git[k] as number));
  if (git.length > 0) lines.push(`  Git: ${git.join("; ")}.`);

  const label = (question: Question, optionId: string) =>
    question.options.find((o) => o.id === optionId)?.label ?? optionId;
  for (const object of questionnaire.objects) {
    lines.push("", object.title.toUpperCase());
    const undetermined: Question[] = [];
    const unobservable: Question[] = [];
    for (const question of object.questions) {
      const suggestion: Suggestion | undefined = suggestions.get(question.id);
      if (!suggestion || suggestion.status === "cannot-determine") {
        undetermined.push(question);
        continue;
      }
      if (suggestion.status === "not-observable") {
        unobservable.push(question);
        continue;
      }
      lines.push("", `  ${question.text} [${question.id}]`);
      if (suggestion.optionId)
        lines.push(
          `    Suggests: "${label(question, suggestion.optionId)}" (${suggestion.confidence} confidence)`,
        );
      for (const finding of findingsOf.get(question.id) ?? []) {
        const bound = finding.kind === "floor" ? "at least" : "at most";
        lines.push(
          `    - ${bound} "${label(question, finding.optionId)}", ${finding.confidence}: ${explanations.get(finding.ruleId) ?? finding.ruleId} (${finding.ruleId})`,
        );
        const shown = finding.locations.slice(0, 5).map(formatLocation);
        const more = finding.count - shown.length;
        if (shown.length > 0) lines.push(`      ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`);
      }
    }
    if (undetermined.length > 0) {
      lines.push(
        "",
        `  Cannot tell from the repository (the rules looked and found nothing conclusive; that is not proof of absence):`,
      );
      for (const question of undetermined) lines.push(`    - ${question.text} [${question.id}]`);
    }
    if (unobservable.length > 0) {
      lines.push("", "  Not visible in any repository:");
      for (const question of unobservable)
        lines.push(`    - ${question.text} [${question.id}]: ${whyNot.get(question.id) ?? ""}`);
    }
  }
  lines.push(
    "",
    "Only rule ids, paths, line numbers and counts are reported; no file contents and no names of people.",
  );
  return lines.join("\n");
}
