/**
 * What the scanner hands the rules: the files of one or more folders with their sizes, the text
 * of those the rules read (and the parsed form of YAML and TOML manifests), and the git history.
 * The scanner builds it read-only and within limits (src/evidence/); everything after that is pure.
 */

export interface SnapshotFile {
  /** Index of the scanned folder in `roots`. */
  root: number;
  /** Relative to its folder, "/"-separated. */
  path: string;
  size: number;
  /** The content, when the rules read this kind of file and it was within the limits. */
  text?: string;
  /** YAML or TOML manifests, parsed; undefined when the file did not parse. */
  data?: unknown;
}

export interface RawCommit {
  hash: string;
  parents: string[];
  /** Who wrote it (name and address); used for counting people, never reported. */
  author: string;
  /** Author time, in seconds since 1970. */
  time: number;
  subject: string;
  /** Paths changed, relative to the scanned folder (merge commits list none). */
  files: string[];
}

export type GitHistory =
  | {
      status: "history";
      head: string | null;
      commits: RawCommit[];
      /** Older commits were not read. */ cut: boolean;
    }
  | { status: "shallow" | "not-a-repository" | "unavailable"; reason: string };

export interface SnapshotRoot {
  /** The folder's name as findings show it when several folders are scanned. */
  name: string;
  git: GitHistory;
}

export interface ScanLimits {
  /** Every file was listed and every file the rules read was read. */
  complete: boolean;
  stoppedBy: "files" | "bytes" | "time" | null;
  /** Files listed. */
  files: number;
  /** Bytes of the files read. */
  bytesRead: number;
  /** Files the rules would read that were larger than the per-file limit (listed, not read). */
  unreadLargeFiles: number;
}

export interface RepositorySnapshot {
  roots: SnapshotRoot[];
  files: SnapshotFile[];
  limits: ScanLimits;
}

/** How a file is shown in findings: relative to its folder, prefixed with the folder's name when several were scanned. */
export const displayPath = (
  snapshot: Pick<RepositorySnapshot, "roots">,
  file: Pick<SnapshotFile, "root" | "path">,
) => (snapshot.roots.length > 1 ? `${snapshot.roots[file.root]?.name ?? file.root}/${file.path}` : file.path);

export const fileName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
