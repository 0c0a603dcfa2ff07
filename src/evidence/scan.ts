import fs from "node:fs";
import path from "node:path";
import { evaluateSnapshot } from "@/domain/evidence/evaluate";
import { findingsDocumentSchema, type FindingsDocument } from "@/domain/evidence/findings";
import { contentNeeds } from "@/domain/evidence/needs";
import type { RepositorySnapshot, SnapshotRoot } from "@/domain/evidence/snapshot";
import type { ScanContent } from "./content";
import { readGitHistory } from "./git-history";
import { DEFAULT_BOUNDS, readFolders, type ScanBounds } from "./read-folders";

/**
 * A scan of one team's folders: list and read them within bounds, read their git histories, and
 * evaluate the rules. The result is checked against the findings schema before anything uses it.
 */
export class ScanError extends Error {
  override name = "ScanError";
}

/** Names the folders as findings show them: their own names, made distinct. */
function folderNames(folders: readonly string[]): string[] {
  const used = new Map<string, number>();
  return folders.map((folder) => {
    const base = path.basename(folder) || "repository";
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

export interface ScanOptions {
  bounds?: Partial<ScanBounds>;
  now?: Date;
}

export async function scanFolders(
  paths: readonly string[],
  content: ScanContent,
  options: ScanOptions = {},
): Promise<FindingsDocument> {
  if (paths.length === 0) throw new ScanError("name at least one folder to scan");
  const folders = paths.map((p) => path.resolve(p));
  for (const folder of folders) {
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory())
      throw new ScanError(`not a folder: ${folder}`);
  }
  const bounds = { ...DEFAULT_BOUNDS, ...options.bounds };
  const startedAt = Date.now();
  const histories = Promise.all(folders.map((folder) => readGitHistory(folder)));
  const { files, limits } = readFolders(folders, contentNeeds(content.rules), bounds, startedAt);
  const names = folderNames(folders);
  const roots: SnapshotRoot[] = (await histories).map((git, i) => ({ name: names[i] as string, git }));
  const snapshot: RepositorySnapshot = { roots, files, limits };
  const document = evaluateSnapshot({
    questionnaire: content.questionnaire,
    rules: content.rules,
    snapshot,
    now: options.now ?? new Date(),
    scannerVersion: content.scannerVersion,
  });
  return findingsDocumentSchema.parse(document);
}
