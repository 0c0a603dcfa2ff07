import type { QuestionnaireV2 } from "../questionnaire/questionnaire";
import { extractCiJobs, type CiJob } from "./ci";
import {
  codeUnits,
  lineAt,
  lineStartsOf,
  referencePattern,
  scheduledContexts,
  type CodeUnit,
  type ScheduledContext,
} from "./code-index";
import { MAX_LOCATIONS, suggest, type Finding, type FindingsDocument, type Location } from "./findings";
import { gitFacts, type GitFacts } from "./git-facts";
import { compileGlobs } from "./glob";
import { extractDependencies, normaliseName, type Dependency } from "./manifests";
import type { EvidenceRules } from "./rules";
import type {
  CiSignal,
  CodeSignal,
  DependencySignal,
  FilesSignal,
  GitFact,
  GitSignal,
  Signal,
} from "./schema";
import { commentStyleOf, hasContent, stripComments } from "./source-text";
import { displayPath, type RepositorySnapshot, type SnapshotFile } from "./snapshot";

/**
 * Rule evaluation: a pure function of the rules, a repository snapshot and the time of the scan.
 * Each signal yields the places it was seen (or nothing); a rule whose signal is seen becomes a
 * finding; every scored question gets a suggestion. Only paths, line numbers, counts and git
 * numbers are kept, never the text that matched.
 */

interface Hit {
  file: SnapshotFile;
  line: number | null;
  cell: number | null;
}

interface Match {
  hits: Hit[];
  count: number;
  measures: GitFacts;
}

const none = (): Match => ({ hits: [], count: 0, measures: {} });

function merge(matches: readonly Match[]): Match {
  return {
    hits: matches.flatMap((m) => m.hits),
    count: matches.reduce((n, m) => n + m.count, 0),
    measures: Object.assign({}, ...matches.map((m) => m.measures)) as GitFacts,
  };
}

/** Patterns of a code signal, compiled once: each for finding lines, and all of them as one quick test per file. */
interface CompiledCode {
  any: RegExp;
  each: RegExp[];
  include: (path: string) => boolean;
  exclude: (path: string) => boolean;
}

export class Evaluator {
  private readonly cache = new Map<Signal, Match | null>();
  private readonly compiled = new WeakMap<CodeSignal, CompiledCode>();
  private readonly compiledGlobs = new WeakMap<object, Pick<CompiledCode, "include" | "exclude">>();
  private readonly references = new Map<SnapshotFile, boolean>();
  private unitsCache?: CodeUnit[];
  private depsCache?: Dependency[];
  private jobsCache?: CiJob[];
  private gitCache?: GitFacts;
  private scheduleCache?: ScheduledContext[];

  constructor(
    private readonly rules: EvidenceRules,
    private readonly snapshot: RepositorySnapshot,
    private readonly now: Date,
  ) {}

  get units(): CodeUnit[] {
    return (this.unitsCache ??= codeUnits(this.snapshot.files));
  }
  get dependencies(): Dependency[] {
    return (this.depsCache ??= extractDependencies(this.snapshot.files));
  }
  get jobs(): CiJob[] {
    return (this.jobsCache ??= extractCiJobs(this.snapshot.files));
  }
  get git(): GitFacts {
    return (this.gitCache ??= gitFacts(this.snapshot.roots, this.now));
  }
  get schedules(): ScheduledContext[] {
    return (this.scheduleCache ??= scheduledContexts(this.units, this.snapshot.files, this.jobs));
  }

  evaluate(signal: Signal): Match | null {
    if (this.cache.has(signal)) return this.cache.get(signal) ?? null;
    const match = this.evaluateUncached(signal);
    this.cache.set(signal, match);
    return match;
  }

  private evaluateUncached(signal: Signal): Match | null {
    if (signal.files) return this.files(signal.files);
    if (signal.code) return this.code(signal.code);
    if (signal.dependency) return this.dependency(signal.dependency);
    if (signal.ci) return this.ci(signal.ci);
    if (signal.git) return this.gitFact(signal.git);
    if (signal.use !== undefined) {
      const named = this.rules.signals[signal.use];
      return named ? this.evaluate(named) : null;
    }
    if (signal.all) {
      const matches: Match[] = [];
      for (const child of signal.all) {
        const match = this.evaluate(child);
        if (!match) return null;
        matches.push(match);
      }
      return merge(matches);
    }
    if (signal.any) {
      const matches = signal.any.map((child) => this.evaluate(child)).filter((m): m is Match => m !== null);
      return matches.length > 0 ? merge(matches) : null;
    }
    if (signal.not) return this.evaluate(signal.not) ? null : none();
    return null;
  }

  private globs(spec: { include?: string[]; exclude?: string[] }): Pick<CompiledCode, "include" | "exclude"> {
    let cached = this.compiledGlobs.get(spec);
    if (!cached) {
      cached = {
        include: spec.include ? compileGlobs(spec.include) : () => true,
        exclude: compileGlobs(spec.exclude ?? []),
      };
      this.compiledGlobs.set(spec, cached);
    }
    return cached;
  }

  private files(spec: FilesSignal): Match | null {
    const { include, exclude } = this.globs(spec);
    const contains = spec.contains === undefined ? null : new RegExp(spec.contains, "m");
    const hits: Hit[] = [];
    for (const file of this.snapshot.files) {
      if (!include(file.path) || exclude(file.path)) continue;
      const style = commentStyleOf(file.path);
      // A file the scanner did not read (too large) has content if it has bytes.
      if (file.text === undefined ? file.size === 0 : !hasContent(file.text, style)) continue;
      if (contains) {
        if (file.text === undefined) continue;
        const text = stripComments(file.text, style);
        const found = contains.exec(text);
        if (!found) continue;
        hits.push({ file, line: lineAt(lineStartsOf(text), found.index), cell: null });
      } else {
        hits.push({ file, line: null, cell: null });
      }
    }
    return hits.length >= (spec.min ?? 1) ? { hits, count: hits.length, measures: {} } : null;
  }

  private compileCode(spec: CodeSignal): CompiledCode {
    let compiled = this.compiled.get(spec);
    if (!compiled) {
      compiled = {
        any: new RegExp(spec.patterns.map((p) => `(?:${p})`).join("|"), "m"),
        each: spec.patterns.map((p) => new RegExp(p, "gm")),
        ...this.globs(spec),
      };
      this.compiled.set(spec, compiled);
    }
    return compiled;
  }

  private scheduled(file: SnapshotFile): boolean {
    let known = this.references.get(file);
    if (known === undefined) {
      const reference = referencePattern(file.path);
      known = this.schedules.some(
        (c) => (c.wholeFile && c.file === file) || (c.file.root === file.root && reference.test(c.text)),
      );
      this.references.set(file, known);
    }
    return known;
  }

  private code(spec: CodeSignal): Match | null {
    const compiled = this.compileCode(spec);
    const languages = spec.languages ? new Set(spec.languages) : null;
    const hits: Hit[] = [];
    const seen = new Set<string>();
    const add = (file: SnapshotFile, cell: number | null, line: number) => {
      const key = `${file.root}\0${file.path}\0${cell}\0${line}`;
      if (seen.has(key)) return;
      seen.add(key);
      hits.push({ file, cell, line });
    };
    const search = (text: string, starts: readonly number[], found: (line: number) => void) => {
      if (!compiled.any.test(text)) return;
      for (const regex of compiled.each) {
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
          found(lineAt(starts, m.index));
          if (m[0] === "") regex.lastIndex++;
        }
      }
    };
    for (const unit of this.units) {
      if (languages && !languages.has(unit.language)) continue;
      if (!compiled.include(unit.file.path) || compiled.exclude(unit.file.path)) continue;
      if (spec.scheduled && !this.scheduled(unit.file)) continue;
      search(unit.text, unit.lineStarts, (line) => add(unit.file, unit.cell, line));
    }
    if (spec.scheduled) {
      // A scheduled job or cron definition may run the tool's command itself.
      for (const context of this.schedules) {
        if (!context.searchText) continue;
        search(context.text, lineStartsOf(context.text), (line) =>
          add(context.file, null, context.wholeFile ? line : (context.line ?? line)),
        );
      }
    }
    return hits.length > 0 ? { hits, count: hits.length, measures: {} } : null;
  }

  private dependency(spec: DependencySignal): Match | null {
    const names = new Set(spec.names.map(normaliseName));
    const declared = this.dependencies.filter((d) => names.has(d.name));
    if (declared.length === 0) return null;
    const state = spec.state ?? "declared";
    const matching =
      state === "declared"
        ? declared
        : state === "pinned"
          ? declared.filter((d) => d.pinned)
          : declared.filter((d) => !d.pinned);
    if (matching.length === 0 || (state === "pinned" && matching.length !== declared.length)) return null;
    return {
      hits: matching.map((d) => ({ file: d.file, line: d.line, cell: null })),
      count: matching.length,
      measures: {},
    };
  }

  private ci(spec: CiSignal): Match | null {
    const commands = spec.commands === undefined ? null : new RegExp(spec.commands, "m");
    const environment = spec.environment === undefined ? null : new RegExp(spec.environment);
    const want = (condition: boolean | undefined, actual: boolean) =>
      condition === undefined || condition === actual;
    const jobs = this.jobs.filter(
      (job) =>
        want(spec.tests, job.runsTests) &&
        want(spec.deploys, job.deploys) &&
        want(spec.gated, job.gates.length > 0) &&
        want(spec.scheduled, job.scheduled) &&
        want(spec.onChange, job.onChange) &&
        want(spec.buildsArtefact, job.buildsArtefact) &&
        want(spec.recordsCommit, job.recordsCommit) &&
        (commands === null || commands.test(job.commands.join("\n"))) &&
        (environment === null || (job.environment !== null && environment.test(job.environment))),
    );
    return jobs.length > 0
      ? {
          hits: jobs.map((j) => ({ file: j.file, line: j.line, cell: null })),
          count: jobs.length,
          measures: {},
        }
      : null;
  }

  private gitFact(spec: GitSignal): Match | null {
    const value = this.git[spec.fact];
    if (value === undefined) return null;
    if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max))
      return null;
    return { hits: [], count: 1, measures: { [spec.fact]: value } as Partial<Record<GitFact, number>> };
  }
}

function locations(snapshot: RepositorySnapshot, hits: readonly Hit[]): Location[] {
  const out: Location[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    const location: Location = { path: displayPath(snapshot, hit.file) };
    if (hit.cell !== null) location.cell = hit.cell;
    if (hit.line !== null) location.line = hit.line;
    const key = `${location.path}\0${location.cell}\0${location.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(location);
    if (out.length === MAX_LOCATIONS) break;
  }
  return out;
}

export interface ScanInput {
  questionnaire: QuestionnaireV2;
  rules: EvidenceRules;
  snapshot: RepositorySnapshot;
  now: Date;
  scannerVersion: string;
}

export function evaluateSnapshot({
  questionnaire,
  rules,
  snapshot,
  now,
  scannerVersion,
}: ScanInput): FindingsDocument {
  const evaluator = new Evaluator(rules, snapshot, now);
  const scannedAt = now.toISOString();
  const findings: Finding[] = [];
  for (const rule of rules.rules) {
    const match = evaluator.evaluate(rule.signal);
    if (!match) continue;
    const finding: Finding = {
      ruleId: rule.id,
      questionId: rule.question,
      kind: rule.floor !== undefined ? "floor" : "ceiling",
      optionId: (rule.floor ?? rule.ceiling) as string,
      confidence: rule.confidence,
      locations: locations(snapshot, match.hits),
      count: match.count,
      scannedAt,
    };
    if (Object.keys(match.measures).length > 0) finding.measures = match.measures;
    findings.push(finding);
  }
  return {
    format: "mlops-maturity/evidence",
    formatVersion: 1,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    scanner: { version: scannerVersion },
    scannedAt,
    folders: snapshot.roots.map((root) => ({ name: root.name, history: root.git.status })),
    limits: snapshot.limits,
    git: evaluator.git,
    findings,
    suggestions: suggest(questionnaire, findings, new Set(rules.notObservable.map((n) => n.question))),
  };
}
