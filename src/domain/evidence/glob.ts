/**
 * File globs of the evidence rules, matched against paths relative to a scanned folder ("/"
 * separated). A pattern without a "/" matches a file name at any depth (`Dockerfile`,
 * `test_*.py`), as in .gitignore; a pattern with one is anchored at the folder (`.github/workflows/*`)
 * unless it starts with two stars and a slash (any depth). `*` and `?` stay within one path segment, `**` spans segments,
 * `{a,b}` offers alternatives. A pattern ending in "/" matches everything below that folder.
 */

export class GlobError extends Error {
  override name = "GlobError";
}

function segmentToRegex(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        // "**/" is zero or more whole segments; a trailing "**" is anything below.
        if (pattern[i + 2] === "/") {
          out += "(?:[^/]*/)*";
          i += 2;
        } else {
          out += ".*";
          i += 1;
        }
      } else {
        out += "[^/]*";
      }
    } else if (c === "?") {
      out += "[^/]";
    } else if (c === "{") {
      const end = pattern.indexOf("}", i);
      if (end < 0) throw new GlobError(`unclosed "{" in glob "${pattern}"`);
      const alternatives = pattern.slice(i + 1, end).split(",");
      if (alternatives.some((a) => a.includes("{"))) throw new GlobError(`nested "{" in glob "${pattern}"`);
      out += `(?:${alternatives.map(segmentToRegex).join("|")})`;
      i = end;
    } else if (c === "}") {
      throw new GlobError(`unmatched "}" in glob "${pattern}"`);
    } else {
      out += /[\\^$.|+()[\]]/.test(c) ? `\\${c}` : c;
    }
  }
  return out;
}

/** The regular expression source of one glob, for a whole relative path. */
function globSource(glob: string): string {
  if (glob.trim() === "" || glob.startsWith("/"))
    throw new GlobError(`a glob is a relative path pattern, got "${glob}"`);
  const folder = glob.endsWith("/");
  const pattern = folder ? glob.slice(0, -1) : glob;
  const anchored = pattern.includes("/");
  const body = segmentToRegex(pattern);
  const prefix = anchored ? "" : "(?:[^/]*/)*";
  return `${prefix}${body}${folder ? "/.+" : ""}`;
}

/** One matcher for several globs: true when any of them matches the path. */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const regex = new RegExp(`^(?:${globs.map(globSource).join("|")})$`);
  return (path) => regex.test(path);
}
