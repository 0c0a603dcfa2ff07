import { ciSystemOf } from "./ci";
import { compileGlobs } from "./glob";
import { isManifest, manifestFormat } from "./manifests";
import type { EvidenceRules } from "./rules";
import type { CodeLanguage, Signal } from "./schema";
import { fileName } from "./snapshot";

/**
 * Which files the scanner reads, and how: the rules decide, so that a scan reads only what some
 * rule can use. Code (Python, notebooks, SQL, Scala), dependency manifests, CI definitions, YAML
 * (schedules and deployment manifests are YAML) and every file a rule names by glob (to tell a
 * file with content from an empty one). Everything else is listed with its size and not opened.
 */
export type ContentNeed = "text" | "yaml" | "toml";

export function codeLanguageOf(path: string): CodeLanguage | null {
  const lower = path.toLowerCase();
  if (lower.endsWith(".py")) return "python";
  if (lower.endsWith(".ipynb")) return "notebook";
  if (lower.endsWith(".sql")) return "sql";
  if (lower.endsWith(".scala")) return "scala";
  return null;
}

/** Crontab files: what they name runs on a schedule. */
export const isCrontab = (path: string) => /(^|\/)(crontab|[^/]+\.cron)$|(^|\/)cron\.d\/[^/]+$/.test(path);

function fileGlobsOf(rules: Pick<EvidenceRules, "rules" | "signals">): string[] {
  const globs: string[] = [];
  const visit = (signal: Signal) => {
    if (signal.files) globs.push(...signal.files.include);
    signal.all?.forEach(visit);
    signal.any?.forEach(visit);
    if (signal.not) visit(signal.not);
  };
  rules.rules.forEach((r) => visit(r.signal));
  Object.values(rules.signals).forEach(visit);
  return [...new Set(globs)];
}

export function contentNeeds(
  rules: Pick<EvidenceRules, "rules" | "signals">,
): (path: string) => ContentNeed | null {
  const named = compileGlobs(fileGlobsOf(rules));
  return (path) => {
    const ci = ciSystemOf(path);
    if (ci === "github" || ci === "gitlab") return "yaml";
    const manifest = manifestFormat(path);
    if (manifest) return manifest;
    if (
      ci ||
      codeLanguageOf(path) ||
      isManifest(path) ||
      isCrontab(path) ||
      /\.ya?ml$/i.test(fileName(path)) ||
      named(path)
    )
      return "text";
    return null;
  };
}
