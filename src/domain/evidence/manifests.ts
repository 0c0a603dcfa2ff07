import { notebookCodeCells } from "./source-text";
import { fileName, type SnapshotFile } from "./snapshot";

/**
 * Libraries a repository declares, read from its dependency manifests as their formats define
 * them (requirements files, pyproject.toml's [project], [tool.poetry] and dependency groups,
 * Pipfile, environment.yml, setup.cfg, setup.py, package.json) and from `%pip install` lines in
 * notebooks; each with whether it is pinned to one version.
 */
export interface Dependency {
  /** Normalised as package indexes compare names: lower case, runs of "-", "_" and "." as "-". */
  name: string;
  pinned: boolean;
  file: SnapshotFile;
  line: number | null;
  /** For a notebook: the cell of the install line (`line` is then within the cell). */
  cell: number | null;
}

export const normaliseName = (name: string) => name.toLowerCase().replace(/[-_.]+/g, "-");

/** A PEP 508 requirement (`name[extra] specifier ; marker` or `name @ url`): its name and whether one version is pinned. */
export function parseRequirement(spec: string): { name: string; pinned: boolean } | null {
  const body = (spec.split(";")[0] ?? "").trim();
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(body);
  if (!match) return null;
  const rest = (match[2] ?? "")
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .trim();
  const exact = /^===?\s*[^\s,*]+$/.test(rest);
  // A direct reference is pinned when it names a commit or a release.
  const reference =
    rest.startsWith("@") &&
    /@[0-9a-f]{7,40}\b|@v?\d+(\.\d+)+|\/[^/]+-\d+(\.\d+)+[^/]*\.(whl|tar\.gz)$/.test(rest.slice(1));
  return { name: normaliseName(match[1] as string), pinned: exact || reference };
}

/** A conda spec: `numpy=1.26.4`, `numpy==1.26.4` or `numpy=1.26.4=py311h…` are pinned; `numpy`, `numpy>=1` are not. */
function parseCondaSpec(spec: string): { name: string; pinned: boolean } | null {
  const match = /^(?:[\w-]+::)?([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*)$/.exec(spec.trim());
  if (!match) return null;
  const rest = (match[2] ?? "").trim();
  return {
    name: normaliseName(match[1] as string),
    pinned: /^==?\s*\d+(\.\d+){1,}[^\s*,|<>]*$/.test(rest) && !rest.includes("*"),
  };
}

/** A Poetry or Pipfile version: a bare version or `==` is exact; `^`, `~`, `*` and ranges are not. */
function poetryPinned(value: unknown): boolean {
  if (typeof value === "string") return /^(==)?\s*\d+(\.\d+)*[\w.+-]*$/.test(value.trim());
  if (typeof value === "object" && value !== null) {
    const spec = value as Record<string, unknown>;
    if (spec.version !== undefined) return poetryPinned(spec.version);
    if (spec.git !== undefined) return spec.rev !== undefined || spec.tag !== undefined;
    return spec.path !== undefined;
  }
  return false;
}

function lineOf(text: string | undefined, name: string): number | null {
  if (!text) return null;
  const pattern = new RegExp(`(^|["'\\s\\[{,=])${name.replace(/-/g, "[-_.]")}(?![\\w.-])`, "i");
  const index = text.split("\n").findIndex((line) => pattern.test(line));
  return index < 0 ? null : index + 1;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

function requirementLines(text: string): string[] {
  return text
    .replace(/\\\r?\n/g, " ")
    .split("\n")
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("-"))
    .map((line) => line.replace(/\s--hash=\S+/g, ""));
}

function fromPyproject(data: unknown): { spec: string; pinned?: boolean }[] {
  const root = asRecord(data);
  const project = asRecord(root.project);
  const specs = [
    ...strings(project.dependencies),
    ...Object.values(asRecord(project["optional-dependencies"])).flatMap(strings),
  ];
  for (const group of Object.values(asRecord(root["dependency-groups"]))) specs.push(...strings(group));
  const out: { spec: string; pinned?: boolean }[] = specs.map((spec) => ({ spec }));
  const poetry = asRecord(asRecord(root.tool).poetry);
  const tables = [
    poetry.dependencies,
    poetry["dev-dependencies"],
    ...Object.values(asRecord(poetry.group)).map((g) => asRecord(g).dependencies),
  ];
  for (const table of tables) {
    for (const [name, value] of Object.entries(asRecord(table))) {
      if (name.toLowerCase() !== "python") out.push({ spec: name, pinned: poetryPinned(value) });
    }
  }
  return out;
}

function fromSetupCfg(text: string): string[] {
  const specs: string[] = [];
  let section = "";
  let collecting = false;
  for (const line of text.split("\n")) {
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header) {
      section = (header[1] as string).trim();
      collecting = false;
      continue;
    }
    const key = /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
    if (key) {
      collecting =
        (section === "options" && key[1] === "install_requires") || section === "options.extras_require";
      if (collecting && key[2]) specs.push(key[2]);
      continue;
    }
    if (collecting && /^\s+\S/.test(line)) specs.push(line.trim());
  }
  return specs.map((s) => s.replace(/[#;].*$/, "").trim()).filter(Boolean);
}

function fromSetupPy(text: string): string[] {
  const list = /install_requires\s*=\s*\[([\s\S]*?)\]/.exec(text)?.[1] ?? "";
  return [...list.matchAll(/["']([^"']+)["']/g)].map((m) => m[1] as string);
}

function fromPackageJson(text: string): { spec: string; pinned: boolean }[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const root = asRecord(json);
  return ["dependencies", "devDependencies", "optionalDependencies"].flatMap((key) =>
    Object.entries(asRecord(root[key])).map(([name, version]) => ({
      spec: name,
      pinned:
        typeof version === "string" &&
        (/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version) || /#[0-9a-f]{7,40}$/.test(version)),
    })),
  );
}

function fromNotebook(text: string): { spec: string; cell: number; line: number }[] {
  const specs: { spec: string; cell: number; line: number }[] = [];
  for (const cell of notebookCodeCells(text) ?? []) {
    cell.raw.split("\n").forEach((line, index) => {
      const install = /^[ \t]*[%!]\s*(?:python3?\s+-m\s+)?pip3?\s+install\b(.*)$/.exec(line);
      if (!install) return;
      const words = (install[1] ?? "").split(/\s+/).map((w) => w.replace(/^["']|["']$/g, ""));
      for (let i = 0; i < words.length; i++) {
        const word = words[i] as string;
        if (word === "") continue;
        // Options that take a value (a requirements file, an index) skip it too.
        if (/^-(r|c|e|i|-requirement|-constraint|-index-url|-extra-index-url)$/.test(word)) i++;
        else if (!word.startsWith("-")) specs.push({ spec: word, cell: cell.cell, line: index + 1 });
      }
    });
  }
  return specs;
}

const isRequirementsFile = (path: string) =>
  /(^|\/)(requirements|constraints)[^/]*\.(txt|in)$|(^|\/)requirements\/[^/]+\.(txt|in)$/i.test(path);
const isCondaEnvironment = (path: string) => /(^|\/)(environment|conda)[^/]*\.ya?ml$/i.test(path);

/** Whether the scanner parses this file as a manifest: "yaml" or "toml". */
export function manifestFormat(path: string): "yaml" | "toml" | null {
  const name = fileName(path);
  if (name === "pyproject.toml" || name === "Pipfile") return "toml";
  if (isCondaEnvironment(path)) return "yaml";
  return null;
}

export const isManifest = (path: string) => {
  const name = fileName(path);
  return (
    isRequirementsFile(path) ||
    manifestFormat(path) !== null ||
    ["setup.cfg", "setup.py", "package.json"].includes(name)
  );
};

export function extractDependencies(files: readonly SnapshotFile[]): Dependency[] {
  const out: Dependency[] = [];
  const push = (
    file: SnapshotFile,
    spec: string,
    parse: (s: string) => { name: string; pinned: boolean } | null,
    pinned?: boolean,
  ) => {
    const parsed = parse(spec);
    if (!parsed) return;
    out.push({
      name: parsed.name,
      pinned: pinned ?? parsed.pinned,
      file,
      line: lineOf(file.text, parsed.name),
      cell: null,
    });
  };
  for (const file of files) {
    if (file.text === undefined) continue;
    const name = fileName(file.path);
    if (name.endsWith(".ipynb")) {
      for (const { spec, cell, line } of fromNotebook(file.text)) {
        const parsed = parseRequirement(spec);
        if (parsed) out.push({ ...parsed, file, line, cell });
      }
    } else if (isRequirementsFile(file.path)) {
      for (const spec of requirementLines(file.text)) push(file, spec, parseRequirement);
    } else if (name === "pyproject.toml") {
      for (const { spec, pinned } of fromPyproject(file.data)) push(file, spec, parseRequirement, pinned);
    } else if (name === "Pipfile") {
      const root = asRecord(file.data);
      for (const table of [root.packages, root["dev-packages"]]) {
        for (const [dep, version] of Object.entries(asRecord(table)))
          push(file, dep, parseRequirement, poetryPinned(version));
      }
    } else if (isCondaEnvironment(file.path)) {
      for (const entry of Array.isArray(asRecord(file.data).dependencies)
        ? (asRecord(file.data).dependencies as unknown[])
        : []) {
        if (typeof entry === "string") push(file, entry, parseCondaSpec);
        else for (const spec of strings(asRecord(entry).pip)) push(file, spec, parseRequirement);
      }
    } else if (name === "setup.cfg") {
      for (const spec of fromSetupCfg(file.text)) push(file, spec, parseRequirement);
    } else if (name === "setup.py") {
      for (const spec of fromSetupPy(file.text)) push(file, spec, parseRequirement);
    } else if (name === "package.json") {
      for (const { spec, pinned } of fromPackageJson(file.text))
        push(file, spec, (s) => ({ name: normaliseName(s), pinned }));
    }
  }
  return out;
}
