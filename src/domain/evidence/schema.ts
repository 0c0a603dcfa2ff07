import { z } from "zod";
import { idSchema } from "../questionnaire/primitives";

/**
 * The evidence rules file (`evidence.yaml` beside a questionnaire version): what a team's
 * repositories can show, and what it means for one scored question. A rule supports at least an
 * option (a floor) or makes the options above one unlikely (a ceiling), with a confidence and a
 * one-line explanation. Its signal is a small tree of observations; see docs/evidence.md.
 */

const text = z.string().trim().min(1);

export const confidenceSchema = z.enum(["high", "medium", "low"]);
export type Confidence = z.infer<typeof confidenceSchema>;

const regexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" },
);

export const codeLanguageSchema = z.enum(["python", "notebook", "sql", "scala"]);
export type CodeLanguage = z.infer<typeof codeLanguageSchema>;

export const gitFactSchema = z.enum([
  "mlAuthors90d",
  "mlCommits90d",
  "mainlineChanges90d",
  "mergedShare90d",
  "reviewedShare90d",
  "daysSinceMlChange",
  "daysSinceTestChange",
  "daysSinceCiChange",
]);
export type GitFact = z.infer<typeof gitFactSchema>;

/** Files by glob that have content (not empty, not only comments), optionally containing a pattern. */
export const filesSignalSchema = z
  .object({
    include: z.array(text).min(1),
    exclude: z.array(text).optional(),
    contains: regexSource.optional(),
    /** How many matching files it takes (default 1). */
    min: z.number().int().min(1).optional(),
  })
  .strict();

/** Code lines matching a pattern, after comments and docstrings are removed. */
export const codeSignalSchema = z
  .object({
    patterns: z.array(regexSource).min(1),
    /** Default: every language. */
    languages: z.array(codeLanguageSchema).min(1).optional(),
    include: z.array(text).optional(),
    exclude: z.array(text).optional(),
    /** Only where a schedule runs it: an orchestrator or scheduled CI job runs the file, or the command itself. */
    scheduled: z.boolean().optional(),
  })
  .strict();

/** Libraries declared in a dependency manifest (or installed from a notebook). */
export const dependencySignalSchema = z
  .object({
    names: z.array(text).min(1),
    /** "declared" (default): any of them is declared; "pinned": all declared ones are pinned to one version; "unpinned": one is not. */
    state: z.enum(["declared", "pinned", "unpinned"]).optional(),
  })
  .strict();

/** A CI job meeting every condition given (none given: any CI job). */
export const ciSignalSchema = z
  .object({
    tests: z.boolean().optional(),
    deploys: z.boolean().optional(),
    gated: z.boolean().optional(),
    scheduled: z.boolean().optional(),
    onChange: z.boolean().optional(),
    buildsArtefact: z.boolean().optional(),
    recordsCommit: z.boolean().optional(),
    /** The job's commands (joined by line breaks) match this pattern. */
    commands: regexSource.optional(),
    /** The job deploys to an environment whose name matches this pattern. */
    environment: regexSource.optional(),
  })
  .strict();

/** A number read from the git history, within bounds. */
export const gitSignalSchema = z
  .object({ fact: gitFactSchema, min: z.number().optional(), max: z.number().optional() })
  .strict()
  .refine((g) => g.min !== undefined || g.max !== undefined, { message: "a git signal needs min or max" });

export type FilesSignal = z.infer<typeof filesSignalSchema>;
export type CodeSignal = z.infer<typeof codeSignalSchema>;
export type DependencySignal = z.infer<typeof dependencySignalSchema>;
export type CiSignal = z.infer<typeof ciSignalSchema>;
export type GitSignal = z.infer<typeof gitSignalSchema>;

export interface Signal {
  files?: FilesSignal;
  code?: CodeSignal;
  dependency?: DependencySignal;
  ci?: CiSignal;
  git?: GitSignal;
  /** A named signal of the file's `signals` section. */
  use?: string;
  all?: Signal[];
  any?: Signal[];
  not?: Signal;
}

export const SIGNAL_KINDS = ["files", "code", "dependency", "ci", "git", "use", "all", "any", "not"] as const;

export const signalSchema: z.ZodType<Signal> = z
  .object({
    files: filesSignalSchema.optional(),
    code: codeSignalSchema.optional(),
    dependency: dependencySignalSchema.optional(),
    ci: ciSignalSchema.optional(),
    git: gitSignalSchema.optional(),
    use: idSchema.optional(),
    get all() {
      return z.array(signalSchema).min(1).optional();
    },
    get any() {
      return z.array(signalSchema).min(1).optional();
    },
    get not() {
      return signalSchema.optional();
    },
  })
  .strict()
  .refine((s) => Object.keys(s).length === 1, {
    message: `a signal has exactly one kind: ${SIGNAL_KINDS.join(", ")}`,
  })
  .meta({
    id: "signal",
    description:
      "One observation (files, code, dependency, ci, git), a named one (use), or all, any or not of others.",
  });

export const ruleSchema = z
  .object({
    id: idSchema,
    question: idSchema,
    /** The option the evidence supports at least. */
    floor: idSchema.optional(),
    /** The option above which answers are unlikely given the evidence. */
    ceiling: idSchema.optional(),
    confidence: confidenceSchema,
    /** One line a team lead understands: what was seen and what it means. */
    explanation: text.max(200, "an explanation is one line (200 characters at most)"),
    signal: signalSchema,
  })
  .strict()
  .refine((r) => (r.floor === undefined) !== (r.ceiling === undefined), {
    message: "a rule has either a floor or a ceiling",
  });

export const evidenceFileSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(1),
    /** Scored questions no repository can answer, each with the reason. */
    notObservable: z.array(z.object({ question: idSchema, why: text }).strict()),
    /** Named signals that rules reuse through `use`. */
    signals: z.record(idSchema, signalSchema),
    rules: z.array(ruleSchema).min(1),
  })
  .strict();

export type Rule = z.infer<typeof ruleSchema>;
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

/** The file name beside a questionnaire version's manifest. */
export const EVIDENCE_FILE = "evidence.yaml";
