/**
 * A quick test before the regular expressions: most code patterns need some literal text
 * (`mlflow.`, `register_model`, one of `import`/`from`) in any line they match. All those literals
 * are found in one pass over a file (an Aho–Corasick automaton), and a pattern is run only on files
 * that contain one of its literals. Patterns without a usable literal always run.
 */

/** Shorter literals would match nearly every file; two characters such as `>>` still pick out a few. */
const MIN_LITERAL = 2;

/** Escapes that stand for themselves (punctuation); any other escape is a class or an assertion. */
const LITERAL_ESCAPE = /[.()[\]{}*+?|\\/^$'"@:#<>=!,;&%~`-]/;

interface Element {
  /** The literals one of which this element requires, or null when it requires none we can name. */
  literals: string[] | null;
}

/** Skips a bracket class or a group starting at `i`; returns the index after it. */
function skipBracket(source: string, i: number): number {
  const open = source[i];
  if (open === "[") {
    let j = i + 1;
    if (source[j] === "^") j++;
    if (source[j] === "]") j++;
    while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
    return j + 1;
  }
  let depth = 0;
  let j = i;
  while (j < source.length) {
    const c = source[j];
    if (c === "\\") j += 2;
    else if (c === "[") j = skipBracket(source, j);
    else {
      if (c === "(") depth++;
      else if (c === ")" && --depth === 0) return j + 1;
      j++;
    }
  }
  return j;
}

/** The alternatives of a group when each is plain literal text, such as `(?:import|from)`. */
function groupLiterals(body: string): string[] | null {
  const alternatives = body.split("|");
  const out: string[] = [];
  for (const alternative of alternatives) {
    let text = "";
    for (let i = 0; i < alternative.length; i++) {
      const c = alternative[i] as string;
      if (c === "\\") {
        const next = alternative[i + 1] ?? "";
        if (!LITERAL_ESCAPE.test(next)) return null;
        text += next;
        i++;
      } else if (/[\w ,:=/@'"-]/.test(c)) text += c;
      else return null;
    }
    if (text.length < MIN_LITERAL) return null;
    out.push(text);
  }
  return out;
}

/** The elements of one alternative of a pattern, in order. */
function elementsOf(source: string): Element[] {
  const elements: Element[] = [];
  let run = "";
  const flush = () => {
    if (run.length >= MIN_LITERAL) elements.push({ literals: [run] });
    run = "";
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    let atom: { literal: string | null; group: string[] | null; end: number };
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      atom = { literal: LITERAL_ESCAPE.test(next) ? next : null, group: null, end: i + 2 };
    } else if (c === "[") {
      atom = { literal: null, group: null, end: skipBracket(source, i) };
    } else if (c === "(") {
      const end = skipBracket(source, i);
      const inner = source.slice(i + 1, end - 1);
      // Lookarounds and other "(?" forms match no text of their own; plain and named groups do.
      const plain = !inner.startsWith("?") || /^\?(?::|<[A-Za-z]\w*>)/.test(inner);
      const body = inner.replace(/^\?(?::|<[A-Za-z]\w*>)/, "");
      atom = { literal: null, group: plain ? groupLiterals(body) : null, end };
    } else if (c === "^" || c === "$" || c === ".") {
      atom = { literal: null, group: null, end: i + 1 };
    } else {
      atom = { literal: c, group: null, end: i + 1 };
    }
    // A quantifier after the atom: optional atoms require nothing; "+" and {n,} with n ≥ 1 require one.
    const quantifier = /^(?:[*?+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(atom.end));
    const optional =
      quantifier !== null &&
      (quantifier[0].startsWith("*") || quantifier[0].startsWith("?") || quantifier[1] === "0");
    if (atom.literal !== null && !optional) {
      run += atom.literal;
      if (quantifier) flush();
    } else {
      flush();
      if (atom.group && !optional) elements.push({ literals: atom.group });
    }
    i = atom.end + (quantifier?.[0].length ?? 0);
  }
  flush();
  return elements;
}

/** Splits a pattern at its top-level "|". */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") i += 2;
    else if (c === "[" || c === "(") i = skipBracket(source, i);
    else {
      if (c === "|") {
        out.push(source.slice(start, i));
        start = i + 1;
      }
      i++;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * Literals one of which every match of the pattern contains, or null when none can be named (the
 * pattern then runs on every file). Per alternative, the element whose shortest literal is longest.
 */
export function requiredLiterals(source: string): string[] | null {
  const out: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const best = elementsOf(alternative)
      .filter((e): e is { literals: string[] } => e.literals !== null)
      .sort(
        (a, b) => Math.min(...b.literals.map((l) => l.length)) - Math.min(...a.literals.map((l) => l.length)),
      )[0];
    if (!best) return null;
    out.push(...best.literals);
  }
  return [...new Set(out)];
}

/** Finds which of many literals occur in a text, in one pass (Aho–Corasick over ASCII; other characters match nothing). */
export class LiteralIndex {
  readonly literals: readonly string[];
  private readonly next: Int32Array;
  private readonly outputs: number[][];

  constructor(literals: readonly string[]) {
    this.literals = literals;
    const goto: Map<number, number>[] = [new Map<number, number>()];
    const ends: number[][] = [[]];
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (code > 127) break;
        let target = goto[state]?.get(code);
        if (target === undefined) {
          target = goto.length;
          goto.push(new Map<number, number>());
          ends.push([]);
          goto[state]?.set(code, target);
        }
        state = target;
      }
      ends[state]?.push(id);
    });
    const states = goto.length;
    const next = new Int32Array(states * 128);
    const fail = new Int32Array(states);
    const outputs = ends.map((e) => [...e]);
    const queue: number[] = [];
    for (let code = 0; code < 128; code++) {
      const target = goto[0]?.get(code) ?? 0;
      next[code] = target;
      if (target !== 0) queue.push(target);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      outputs[state]?.push(...(outputs[fail[state] as number] ?? []));
      for (let code = 0; code < 128; code++) {
        const target = goto[state]?.get(code);
        if (target !== undefined) {
          fail[target] = next[(fail[state] as number) * 128 + code] as number;
          next[state * 128 + code] = target;
          queue.push(target);
        } else {
          next[state * 128 + code] = next[(fail[state] as number) * 128 + code] as number;
        }
      }
    }
    this.next = next;
    this.outputs = outputs;
  }

  /** Which literals occur in the text, as flags by literal index. */
  scan(text: string): Uint8Array {
    const found = new Uint8Array(this.literals.length);
    const next = this.next;
    const outputs = this.outputs;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < 128 ? (next[state * 128 + code] as number) : 0;
      const out = outputs[state] as number[];
      for (let k = 0; k < out.length; k++) found[out[k] as number] = 1;
    }
    return found;
  }
}
