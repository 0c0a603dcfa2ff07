import { lineAt, lineStartsOf, referencePattern, type CodeUnit, type ScheduledContext } from "./code-index";
import { compileGlobs } from "./glob";
import { LiteralIndex, requiredLiterals } from "./literals";
import type { CodeSignal, Signal } from "./schema";
import type { SnapshotFile } from "./snapshot";

/**
 * Code signals over the code of a snapshot. Every pattern of the rules is compiled once; the
 * literals they need are looked up in each file in one pass, and a pattern runs only on files
 * that have one of its literals. Matches are lines; a scheduled signal keeps the lines of files a
 * schedule runs, and also matches the commands of scheduled jobs themselves.
 */
export interface CodeHit {
  file: SnapshotFile;
  cell: number | null;
  line: number;
}

interface CompiledPattern {
  regex: RegExp;
  /** Literal ids one of which a file must contain, or null to run on every file. */
  literals: number[] | null;
}

interface CompiledSignal {
  patterns: CompiledPattern[];
  include: (path: string) => boolean;
  exclude: (path: string) => boolean;
}

function collectPatterns(signals: readonly Signal[]): string[] {
  const patterns = new Set<string>();
  const visit = (signal: Signal) => {
    signal.code?.patterns.forEach((p) => patterns.add(p));
    signal.all?.forEach(visit);
    signal.any?.forEach(visit);
    if (signal.not) visit(signal.not);
  };
  signals.forEach(visit);
  return [...patterns];
}

export class CodeSearch {
  private readonly index: LiteralIndex;
  private readonly literalsOf = new Map<string, number[] | null>();
  private readonly presence = new Map<CodeUnit, Uint8Array>();
  private readonly compiled = new WeakMap<CodeSignal, CompiledSignal>();
  private readonly scheduledFiles = new Map<SnapshotFile, boolean>();

  constructor(
    private readonly units: readonly CodeUnit[],
    private readonly schedules: () => readonly ScheduledContext[],
    signals: readonly Signal[],
  ) {
    const literals: string[] = [];
    const ids = new Map<string, number>();
    for (const pattern of collectPatterns(signals)) {
      const required = requiredLiterals(pattern);
      this.literalsOf.set(
        pattern,
        required?.map((literal) => {
          let id = ids.get(literal);
          if (id === undefined) {
            id = literals.length;
            ids.set(literal, id);
            literals.push(literal);
          }
          return id;
        }) ?? null,
      );
    }
    this.index = new LiteralIndex(literals);
  }

  private compile(spec: CodeSignal): CompiledSignal {
    let compiled = this.compiled.get(spec);
    if (!compiled) {
      compiled = {
        patterns: spec.patterns.map((p) => ({
          regex: new RegExp(p, "gm"),
          literals: this.literalsOf.get(p) ?? null,
        })),
        include: spec.include ? compileGlobs(spec.include) : () => true,
        exclude: compileGlobs(spec.exclude ?? []),
      };
      this.compiled.set(spec, compiled);
    }
    return compiled;
  }

  private present(unit: CodeUnit): Uint8Array {
    let found = this.presence.get(unit);
    if (!found) {
      found = this.index.scan(unit.text);
      this.presence.set(unit, found);
    }
    return found;
  }

  /** Whether a schedule runs the file: it is a schedule definition, or one names it. */
  private scheduled(file: SnapshotFile): boolean {
    let known = this.scheduledFiles.get(file);
    if (known === undefined) {
      // Every way of naming a file contains its name without extension: a quick test first.
      const stem = file.path.slice(file.path.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "");
      const named = this.schedules().filter((c) => c.file.root === file.root && c.text.includes(stem));
      const reference = named.length > 0 ? referencePattern(file.path) : null;
      known =
        this.schedules().some((c) => c.wholeFile && c.file === file) ||
        named.some((c) => reference?.test(c.text));
      this.scheduledFiles.set(file, known);
    }
    return known;
  }

  search(spec: CodeSignal): CodeHit[] {
    const compiled = this.compile(spec);
    const languages = spec.languages ? new Set(spec.languages) : null;
    const hits: CodeHit[] = [];
    const seen = new Set<string>();
    const add = (file: SnapshotFile, cell: number | null, line: number) => {
      const key = `${file.root}\0${file.path}\0${cell}\0${line}`;
      if (seen.has(key)) return;
      seen.add(key);
      hits.push({ file, cell, line });
    };
    const run = (
      patterns: readonly CompiledPattern[],
      text: string,
      starts: readonly number[],
      found: (line: number) => void,
    ) => {
      for (const { regex } of patterns) {
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
      const present = this.present(unit);
      const candidates = compiled.patterns.filter(
        (p) => p.literals === null || p.literals.some((id) => present[id] === 1),
      );
      if (candidates.length === 0) continue;
      if (spec.scheduled && !this.scheduled(unit.file)) continue;
      run(candidates, unit.text, unit.lineStarts, (line) => add(unit.file, unit.cell, line));
    }
    if (spec.scheduled) {
      // A scheduled job or cron definition may run the tool's command itself.
      for (const context of this.schedules()) {
        if (!context.searchText) continue;
        run(compiled.patterns, context.text, lineStartsOf(context.text), (line) =>
          add(context.file, null, context.wholeFile ? line : (context.line ?? line)),
        );
      }
    }
    return hits;
  }
}
