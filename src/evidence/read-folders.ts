import fs from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import type { ContentNeed } from "@/domain/evidence/needs";
import type { ScanLimits, SnapshotFile } from "@/domain/evidence/snapshot";

/**
 * Lists and reads the scanned folders, read-only and within bounds: at most so many files, so
 * many bytes per file and in all, and so much time. Symbolic links are not followed (a link could
 * lead out of the folder), and folders that hold no code of the team's (dependencies, virtual
 * environments, caches, version-control internals, build output) are not entered. Only the files
 * the rules read are opened; the others are listed with their size.
 */
export interface ScanBounds {
  maxFiles: number;
  maxFileBytes: number;
  /** Notebooks carry their outputs (plots, tables), so they get a larger allowance than other files. */
  maxNotebookBytes: number;
  maxTotalBytes: number;
  maxMillis: number;
}

export const DEFAULT_BOUNDS: ScanBounds = {
  maxFiles: 50_000,
  maxFileBytes: 1_000_000,
  maxNotebookBytes: 5_000_000,
  maxTotalBytes: 200_000_000,
  maxMillis: 60_000,
};

const SKIPPED_FOLDERS = new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "bower_components",
  "venv",
  ".venv",
  "site-packages",
  "__pycache__",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  ".tox",
  ".nox",
  ".eggs",
  ".ipynb_checkpoints",
  ".terraform",
  ".gradle",
  ".idea",
  ".next",
  ".cache",
  "mlruns",
  "wandb",
  "lightning_logs",
]);
/** Below `.dvc/` only the configuration matters; its cache holds the data itself. */
const SKIPPED_PATHS = new Set([".dvc/cache", ".dvc/tmp"]);

export interface FolderReading {
  files: SnapshotFile[];
  limits: ScanLimits;
}

function readText(absolute: string, size: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(absolute, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    const buffer = Buffer.allocUnsafe(size);
    const read = fs.readSync(fd, buffer, 0, size, 0);
    const bytes = buffer.subarray(0, read);
    // A NUL byte in the first kilobytes means a binary file, whatever its name.
    if (bytes.subarray(0, 8192).includes(0)) return undefined;
    return bytes.toString("utf8");
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function parse(text: string, need: ContentNeed): unknown {
  try {
    // Large CI files reuse anchors many times; the bound still stops exponential alias expansion.
    if (need === "yaml") return parseYaml(text, { maxAliasCount: 1000, prettyErrors: false });
    if (need === "toml") return parseToml(text);
  } catch {
    // A file that does not parse is treated as having no structure; its text is still searched.
  }
  return undefined;
}

export function readFolders(
  roots: readonly string[],
  need: (relativePath: string) => ContentNeed | null,
  bounds: ScanBounds,
  startedAt = Date.now(),
): FolderReading {
  const files: SnapshotFile[] = [];
  const limits: ScanLimits = { complete: true, stoppedBy: null, files: 0, bytesRead: 0, unreadLargeFiles: 0 };
  const stop = (reason: NonNullable<ScanLimits["stoppedBy"]>) => {
    limits.complete = false;
    limits.stoppedBy = reason;
  };

  roots.forEach((rootPath, root) => {
    const stack: string[] = [""];
    while (stack.length > 0 && limits.stoppedBy === null) {
      const relativeDir = stack.pop() as string;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(path.join(rootPath, relativeDir), { withFileTypes: true });
      } catch {
        limits.complete = false;
        continue;
      }
      // A virtual environment under any name (env/, .env-ml/) is recognised by its marker file.
      if (relativeDir !== "" && entries.some((e) => e.name === "pyvenv.cfg" && e.isFile())) continue;
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const relative = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (
            !SKIPPED_FOLDERS.has(entry.name) &&
            !SKIPPED_PATHS.has(relative) &&
            !entry.name.endsWith(".egg-info")
          )
            stack.push(relative);
          continue;
        }
        if (!entry.isFile()) continue;
        if (limits.files >= bounds.maxFiles) {
          stop("files");
          break;
        }
        if ((limits.files & 255) === 0 && Date.now() - startedAt > bounds.maxMillis) {
          stop("time");
          break;
        }
        const absolute = path.join(rootPath, relative);
        let size: number;
        try {
          size = fs.lstatSync(absolute).size;
        } catch {
          continue;
        }
        limits.files++;
        const file: SnapshotFile = { root, path: relative, size };
        files.push(file);
        const wanted = need(relative);
        if (wanted === null || size === 0) continue;
        const allowed = relative.endsWith(".ipynb") ? bounds.maxNotebookBytes : bounds.maxFileBytes;
        if (size > allowed) {
          limits.unreadLargeFiles++;
          continue;
        }
        if (limits.bytesRead + size > bounds.maxTotalBytes) {
          stop("bytes");
          break;
        }
        const text = readText(absolute, size);
        if (text === undefined) continue;
        limits.bytesRead += size;
        file.text = text;
        if (wanted !== "text") file.data = parse(text, wanted);
      }
    }
  });
  return { files, limits };
}
