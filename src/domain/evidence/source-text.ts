/**
 * Code as the rules see it: comments blanked out, and in Python also strings that stand alone as
 * statements (docstrings and the triple-quoted blocks people use as comments). Blanked characters
 * become spaces and line breaks stay, so line numbers are those of the file. A keyword in a comment
 * is not a call.
 */

export type CommentStyle = "python" | "sql" | "scala" | "hash" | "hcl" | "none";

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\r" || c === "\f";

/** Collects the text with some ranges blanked, without copying it character by character. */
class Blanker {
  private readonly parts: string[] = [];
  private done = 0;
  constructor(private readonly source: string) {}
  blank(from: number, to: number) {
    this.parts.push(this.source.slice(this.done, from), this.source.slice(from, to).replace(/[^\n]/g, " "));
    this.done = to;
  }
  result(): string {
    return this.done === 0 ? this.source : this.parts.join("") + this.source.slice(this.done);
  }
}

const NEWLINE = 10;
const HASH = 35;
const BACKSLASH = 92;
const isQuote = (code: number) => code === 34 || code === 39;
const isWordCode = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 95 ||
  code > 127;
/** r, b, u, f in either case: the prefixes of Python string literals. */
const isPrefixCode = (code: number) =>
  code === 114 ||
  code === 82 ||
  code === 98 ||
  code === 66 ||
  code === 117 ||
  code === 85 ||
  code === 102 ||
  code === 70;

function stripPython(source: string): string {
  const out = new Blanker(source);
  const n = source.length;
  let depth = 0;
  // Whether only whitespace has been seen since the start of the current logical line.
  let lineStart = true;
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === NEWLINE) {
      if (depth === 0) lineStart = true;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12) {
      i++;
      continue;
    }
    if (c === BACKSLASH && source.charCodeAt(i + 1) === NEWLINE) {
      i += 2;
      continue;
    }
    if (c === HASH) {
      const end = source.indexOf("\n", i);
      const stop = end < 0 ? n : end;
      out.blank(i, stop);
      i = stop;
      continue;
    }
    // A string literal, with an optional prefix (r, b, u, f and their combinations).
    let quoteAt = -1;
    if (isQuote(c)) quoteAt = i;
    else if (isPrefixCode(c) && (i === 0 || !isWordCode(source.charCodeAt(i - 1)))) {
      if (isQuote(source.charCodeAt(i + 1))) quoteAt = i + 1;
      else if (isPrefixCode(source.charCodeAt(i + 1)) && isQuote(source.charCodeAt(i + 2))) quoteAt = i + 2;
    }
    if (quoteAt >= 0) {
      const quote = source.charCodeAt(quoteAt);
      const triple = source.charCodeAt(quoteAt + 1) === quote && source.charCodeAt(quoteAt + 2) === quote;
      const closing = triple ? (source[quoteAt]?.repeat(3) ?? "") : "";
      let j = quoteAt + (triple ? 3 : 1);
      while (j < n) {
        const d = source.charCodeAt(j);
        // Even in a raw string a backslash keeps the next quote from closing it.
        if (d === BACKSLASH) {
          j += 2;
          continue;
        }
        if (triple) {
          if (d === quote && source.startsWith(closing, j)) {
            j += 3;
            break;
          }
        } else if (d === quote) {
          j++;
          break;
        } else if (d === NEWLINE) break;
        j++;
      }
      const end = Math.min(j, n);
      // A string that begins a statement and is all of it is a comment in all but name.
      if (lineStart && depth === 0 && /^[ \t]*(?:#[^\n]*)?(?:\n|$)/.test(source.slice(end, end + 200)))
        out.blank(i, end);
      lineStart = false;
      i = end;
      continue;
    }
    if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
    else if (c === 59 && depth === 0) {
      lineStart = true;
      i++;
      continue;
    }
    lineStart = false;
    i++;
  }
  return out.result();
}

/** Line comments (`//`, `--` or `#`) and block comments, around quoted strings. */
function stripCLike(
  source: string,
  options: { line: string[]; quotes: string; nestedBlocks: boolean },
): string {
  const out = new Blanker(source);
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source[i] as string;
    if (options.quotes.includes(c)) {
      const triple = c === '"' && source.startsWith('"""', i);
      let j = i + (triple ? 3 : 1);
      while (j < n) {
        if (source[j] === "\\") {
          j += 2;
          continue;
        }
        if (triple ? source.startsWith('"""', j) : source[j] === c) {
          j += triple ? 3 : 1;
          break;
        }
        if (!triple && c !== "'" && source[j] === "\n") break;
        j++;
      }
      i = j;
      continue;
    }
    const lineComment = options.line.find((marker) => source.startsWith(marker, i));
    if (
      lineComment !== undefined &&
      (lineComment !== "#" || i === 0 || isSpace(source[i - 1]) || source[i - 1] === "\n")
    ) {
      const end = source.indexOf("\n", i);
      const stop = end < 0 ? n : end;
      out.blank(i, stop);
      i = stop;
      continue;
    }
    if (source.startsWith("/*", i)) {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (options.nestedBlocks && source.startsWith("/*", j)) {
          depth++;
          j += 2;
        } else if (source.startsWith("*/", j)) {
          depth--;
          j += 2;
        } else j++;
      }
      out.blank(i, j);
      i = j;
      continue;
    }
    i++;
  }
  return out.result();
}

/** `#` comments in YAML, TOML, shell, Dockerfiles and requirement files: at a line start or after a space, outside quotes. */
function stripHash(source: string): string {
  return source
    .split("\n")
    .map((line) => {
      let quote: string | null = null;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
          if (c === "\\" && quote === '"') i++;
          else if (c === quote) quote = null;
        } else if (c === '"' || c === "'") {
          // An apostrophe inside a word ("don't") does not open a string.
          if (c === '"' || i === 0 || !/\w/.test(line[i - 1] ?? "")) quote = c;
        } else if (c === "#" && (i === 0 || isSpace(line[i - 1]))) {
          return line.slice(0, i).padEnd(line.length, " ");
        }
      }
      return line;
    })
    .join("\n");
}

export function stripComments(source: string, style: CommentStyle): string {
  switch (style) {
    case "python":
      return stripPython(source);
    case "sql":
      return stripCLike(source, { line: ["--"], quotes: "'", nestedBlocks: false });
    case "scala":
      return stripCLike(source, { line: ["//"], quotes: '"', nestedBlocks: true });
    case "hcl":
      return stripCLike(source, { line: ["//", "#"], quotes: '"', nestedBlocks: false });
    case "hash":
      return stripHash(source);
    case "none":
      return source;
  }
}

/** The comment syntax of a file, by its name. */
export function commentStyleOf(path: string): CommentStyle {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  if (name.endsWith(".py")) return "python";
  if (name.endsWith(".sql")) return "sql";
  if (name.endsWith(".scala") || name.endsWith(".sc") || name === "jenkinsfile" || name.endsWith(".groovy"))
    return "scala";
  if (/\.(tf|tofu|hcl)$/.test(name)) return "hcl";
  if (
    /\.(ya?ml|toml|cfg|ini|txt|in|sh|bash|r|conf|properties)$/.test(name) ||
    /^(dockerfile|containerfile|makefile|pipfile)/.test(name) ||
    name === "config" ||
    name.startsWith(".")
  ) {
    return "hash";
  }
  return "none";
}

export interface NotebookCell {
  /** 1-based among all the notebook's cells, as a notebook editor numbers them. */
  cell: number;
  language: "python" | "sql" | "scala";
  /** The cell's code, its magics and shell lines blanked out. */
  source: string;
  /** The cell as written, magics included (`%pip install` declares dependencies). */
  raw: string;
}

/** The code cells of a Jupyter notebook (markdown and outputs are not code). Undefined when the file is not a notebook. */
export function notebookCodeCells(json: string): NotebookCell[] | undefined {
  let notebook: unknown;
  try {
    notebook = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (
    typeof notebook !== "object" ||
    notebook === null ||
    !Array.isArray((notebook as { cells?: unknown }).cells)
  )
    return undefined;
  const { cells, metadata } = notebook as {
    cells: unknown[];
    metadata?: { kernelspec?: { language?: unknown }; language_info?: { name?: unknown } };
  };
  const declared = metadata?.kernelspec?.language ?? metadata?.language_info?.name;
  const kernel = (typeof declared === "string" ? declared : "python").toLowerCase();
  const base: NotebookCell["language"] = kernel === "scala" ? "scala" : kernel === "sql" ? "sql" : "python";
  const out: NotebookCell[] = [];
  cells.forEach((raw, index) => {
    if (typeof raw !== "object" || raw === null) return;
    const cell = raw as { cell_type?: unknown; source?: unknown };
    if (cell.cell_type !== "code") return;
    const source = Array.isArray(cell.source)
      ? cell.source.filter((s) => typeof s === "string").join("")
      : typeof cell.source === "string"
        ? cell.source
        : "";
    const magic = /^\s*%%?(sql|scala|python|pyspark)\b/.exec(source)?.[1];
    const language = magic === "sql" ? "sql" : magic === "scala" ? "scala" : magic ? "python" : base;
    // Cell magics and shell lines are not code of the cell's language.
    const code = source.replace(/^[ \t]*[%!][^\n]*/gm, (line) => " ".repeat(line.length));
    out.push({ cell: index + 1, language, source: code, raw: source });
  });
  return out;
}
