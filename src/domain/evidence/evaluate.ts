import type { QuestionnaireV2 } from "../questionnaire/questionnaire";
import { extractCiJobs, type CiJob } from "./ci";
import {
  codeUnits,
  lineAt,
  lineStartsOf,
  scheduledContexts,
  type CodeUnit,
  type ScheduledContext,
} from "./code-index";
import { CodeSearch } from "./code-search";
import { MAX_LOCATIONS, suggest, type Finding, type FindingsDocument, type Location } from "./findings";
import { gitFacts, type GitFacts } from "./git-facts";
import { compileGlobs } from "./glob";
import { extractDependencies, normaliseName, type Dependency } from "./manifests";
import type { EvidenceRules } from "./rules";
import type { CiSignal, DependencySignal, FilesSignal, GitSignal, Signal } from "./schema";
import { codeLanguageOf } from "./needs";
import { commentStyleOf, stripComments } from "./source-text";
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

class Evaluator {
  private readonly cache = new Map<Signal, Match | null>();
  private readonly globsCache = new WeakMap<
    FilesSignal,
    { include: (p: string) => boolean; exclude: (p: string) => boolean }
  >();
  /** Per file, its text without comments: several files signals read the same files. */
  private readonly strippedCache = new Map<SnapshotFile, string>();
  private unitsCache?: CodeUnit[];
  private notebooksWithCode?: Set<SnapshotFile>;
  private searchCache?: CodeSearch;
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
    if (!this.unitsCache) {
      this.unitsCache = codeUnits(this.snapshot.files);
      // A whole-file unit is that file without comments: files signals reuse it.
      for (const unit of this.unitsCache)
        if (unit.cell === null) this.strippedCache.set(unit.file, unit.text);
    }
    return this.unitsCache;
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
  get codeSearch(): CodeSearch {
    return (this.searchCache ??= new CodeSearch(this.units, () => this.schedules, [
      ...this.rules.rules.map((r) => r.signal),
      ...Object.values(this.rules.signals),
    ]));
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
    if (signal.code) {
      const hits = this.codeSearch.search(signal.code);
      return hits.length > 0 ? { hits, count: hits.length, measures: {} } : null;
    }
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

  private stripped(file: SnapshotFile & { text: string }): string {
    // Code files are stripped once, when the code units are made.
    if (!this.unitsCache && codeLanguageOf(file.path)) void this.units;
    let text = this.strippedCache.get(file);
    if (text === undefined) {
      text = stripComments(file.text, commentStyleOf(file.path));
      this.strippedCache.set(file, text);
    }
    return text;
  }

  /** Whether a file has anything besides whitespace and comments (a notebook: a code cell with code). */
  private hasContent(file: SnapshotFile): boolean {
    if (file.text === undefined) return file.size > 0;
    if (file.path.endsWith(".ipynb")) {
      this.notebooksWithCode ??= new Set(
        this.units.filter((u) => u.cell !== null && /\S/.test(u.text)).map((u) => u.file),
      );
      return this.notebooksWithCode.has(file);
    }
    return /\S/.test(this.stripped(file as SnapshotFile & { text: string }));
  }

  private files(spec: FilesSignal): Match | null {
    let globs = this.globsCache.get(spec);
    if (!globs) {
      globs = { include: compileGlobs(spec.include), exclude: compileGlobs(spec.exclude ?? []) };
      this.globsCache.set(spec, globs);
    }
    const contains = spec.contains === undefined ? null : new RegExp(spec.contains, "m");
    const hits: Hit[] = [];
    for (const file of this.snapshot.files) {
      if (!globs.include(file.path) || globs.exclude(file.path) || !this.hasContent(file)) continue;
      if (contains) {
        if (file.text === undefined) continue;
        const text = this.stripped(file as SnapshotFile & { text: string });
        const found = contains.exec(text);
        if (!found) continue;
        hits.push({ file, line: lineAt(lineStartsOf(text), found.index), cell: null });
      } else {
        hits.push({ file, line: null, cell: null });
      }
    }
    return hits.length >= (spec.min ?? 1) ? { hits, count: hits.length, measures: {} } : null;
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
    return { hits: [], count: 1, measures: { [spec.fact]: value } };
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
