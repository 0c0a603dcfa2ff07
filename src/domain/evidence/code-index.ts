import { codeLanguageOf, isCrontab } from "./needs";
import type { CiJob } from "./ci";
import type { CodeLanguage } from "./schema";
import { commentStyleOf, notebookCodeCells, stripComments } from "./source-text";
import { fileName, type SnapshotFile } from "./snapshot";

/**
 * The code of a snapshot as the code rules search it (comments and docstrings blanked, notebooks
 * cut into code cells), and what runs on a schedule: orchestrator definitions (Airflow, Prefect,
 * Dagster, Kubeflow, SageMaker and Vertex pipelines schedules), Kubernetes and Argo cron jobs,
 * Databricks job schedules, crontabs, and CI jobs triggered by a schedule. A file runs on a
 * schedule when it is such a definition or one of them names it (its path, its file name, its
 * module path, or an import of it).
 */
export interface CodeUnit {
  file: SnapshotFile;
  language: CodeLanguage;
  /** Notebook cell number, or null for a whole file. */
  cell: number | null;
  text: string;
  lineStarts: number[];
}

export interface ScheduledContext {
  file: SnapshotFile;
  line: number | null;
  /** A CI job's commands, or a non-code definition's text (comments blanked). */
  text: string;
  /** The file is itself the schedule (a DAG, a cron job manifest) rather than a CI job in it. */
  wholeFile: boolean;
  /** The context's text is searched for commands (CI jobs, YAML and crontabs; code is searched as code). */
  searchText: boolean;
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of a character index. */
export function lineAt(starts: readonly number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= index) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

export function codeUnits(files: readonly SnapshotFile[]): CodeUnit[] {
  const units: CodeUnit[] = [];
  for (const file of files) {
    const language = codeLanguageOf(file.path);
    if (!language || file.text === undefined) continue;
    if (language === "notebook") {
      for (const cell of notebookCodeCells(file.text) ?? []) {
        const text = stripComments(cell.source, cell.language);
        units.push({ file, language, cell: cell.cell, text, lineStarts: lineStartsOf(text) });
      }
    } else {
      const text = stripComments(file.text, commentStyleOf(file.path));
      units.push({ file, language, cell: null, text, lineStarts: lineStartsOf(text) });
    }
  }
  return units;
}

const AIRFLOW_DAG = /\bDAG\s*\(|@dag\b/;
const AIRFLOW_SCHEDULE = /\bschedule(_interval)?\s*=\s*(?!None\b)\S/;
const PYTHON_SCHEDULES: readonly RegExp[] = [
  /\.(serve|deploy)\([^)\n]*\b(cron|interval|rrule|schedules?)\s*=/,
  /\b(CronSchedule|IntervalSchedule|ScheduleDefinition|PipelineSchedule|PipelineJobSchedule)\s*\(|@schedule\b|\bbuild_schedule_from_partitioned_job\s*\(|\bcreate_recurring_run\s*\(|\.create_schedule\s*\(/,
];
const YAML_SCHEDULES =
  /^\s*kind:\s*["']?(CronJob|CronWorkflow|ScheduledWorkflow)\b|\bquartz_cron_expression\s*:|\bcron\s*:\s*["']?[\d*@]|^\s*periodic\s*:/m;

export function scheduledContexts(
  units: readonly CodeUnit[],
  files: readonly SnapshotFile[],
  jobs: readonly CiJob[],
): ScheduledContext[] {
  const contexts: ScheduledContext[] = jobs
    .filter((job) => job.scheduled)
    .map((job) => ({
      file: job.file,
      line: job.line,
      text: job.commands.join("\n"),
      wholeFile: false,
      searchText: true,
    }));
  const seen = new Set<SnapshotFile>();
  for (const unit of units) {
    if (unit.language === "sql" || seen.has(unit.file)) continue;
    const defined =
      (AIRFLOW_DAG.test(unit.text) && AIRFLOW_SCHEDULE.test(unit.text)) ||
      PYTHON_SCHEDULES.some((r) => r.test(unit.text));
    if (!defined) continue;
    seen.add(unit.file);
    contexts.push({ file: unit.file, line: null, text: unit.text, wholeFile: true, searchText: false });
  }
  for (const file of files) {
    if (file.text === undefined || codeLanguageOf(file.path)) continue;
    const yaml = /\.ya?ml$/i.test(file.path);
    if (!(yaml && YAML_SCHEDULES.test(file.text)) && !isCrontab(file.path)) continue;
    contexts.push({
      file,
      line: null,
      text: stripComments(file.text, "hash"),
      wholeFile: true,
      searchText: true,
    });
  }
  return contexts;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The ways a definition can name a file: its path with and without extension, its file name, its module path, an import of it. */
export function referencePattern(path: string): RegExp {
  const withoutExtension = path.replace(/\.[^./]+$/, "");
  const segments = withoutExtension.split("/");
  const tokens = new Set<string>([path, fileName(path)]);
  if (segments.length >= 2) tokens.add(segments.slice(-2).join("/"));
  const alternatives = [...tokens].map((t) => `(?<![\\w.-])${escape(t)}(?![\\w-])`);
  if (/\.py$/.test(path)) {
    const modules = segments.map((_, i) => segments.slice(i).join(".")).filter((m) => m.includes("."));
    const stem = segments[segments.length - 1] as string;
    alternatives.push(
      ...modules.map((m) => `\\b${escape(m)}\\b`),
      `\\bimport\\s+${escape(stem)}\\b`,
      `\\bfrom\\s+${escape(stem)}\\s+import\\b`,
    );
  }
  return new RegExp(alternatives.join("|"));
}
