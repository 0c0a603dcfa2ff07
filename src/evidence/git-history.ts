import { execFile } from "node:child_process";
import type { GitHistory, RawCommit } from "@/domain/evidence/snapshot";

/**
 * Reads a folder's git history with the `git` program: who committed when, to which files, and
 * how commits were merged. Nothing of the repository is executed: git runs with settings that
 * keep it from starting programs a repository's configuration could name (pager, external diff,
 * signature checks, file-system monitor), and only `rev-parse` and `log` are run.
 */

/** Commits read at most per folder: enough for any 90-day window and a year of test history in most teams. */
const MAX_COMMITS = 5000;

const SAFE_CONFIG = [
  "-c",
  "core.fsmonitor=false",
  "-c",
  "core.pager=cat",
  "-c",
  "log.showSignature=false",
  "-c",
  "core.quotePath=false",
  "--no-pager",
];

function git(cwd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      [...SAFE_CONFIG, ...args],
      { cwd, timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (error)
          reject(
            Object.assign(new Error(error.message, { cause: error }), {
              code: error.code,
              stderr: String(stderr),
            }),
          );
        else resolve(stdout);
      },
    );
  });
}

const firstLine = (text: string) => text.trim().split("\n")[0] ?? "";

function parseLog(output: string): RawCommit[] {
  return output
    .split("\x1e")
    .filter((record) => record.trim() !== "")
    .map((record) => {
      const [header = "", ...files] = record.split("\n");
      const [hash = "", parents = "", author = "", time = "0", subject = ""] = header.split("\x1f");
      return {
        hash,
        parents: parents.split(" ").filter(Boolean),
        author,
        time: Number(time),
        subject,
        files: files.map((f) => f.trim()).filter(Boolean),
      };
    });
}

export async function readGitHistory(folder: string, timeoutMs = 30_000): Promise<GitHistory> {
  let probe: string;
  try {
    probe = await git(folder, ["rev-parse", "--is-inside-work-tree", "--is-shallow-repository"], timeoutMs);
  } catch (error) {
    const { code, stderr } = error as { code?: unknown; stderr?: string };
    if (code === "ENOENT") return { status: "unavailable", reason: "git is not installed" };
    const message = firstLine(stderr ?? "");
    if (/not a git repository/i.test(message))
      return { status: "not-a-repository", reason: "not a git repository" };
    return { status: "unavailable", reason: message || "git could not read the repository" };
  }
  const [inside, shallow] = probe.trim().split("\n");
  if (inside !== "true") return { status: "not-a-repository", reason: "not inside a git working tree" };
  if (shallow === "true")
    return {
      status: "shallow",
      reason: "a shallow clone has no usable history (fetch the full history, e.g. fetch-depth: 0)",
    };
  let output: string;
  try {
    // --relative keeps the paths of a sub-folder's files relative to it and drops the others.
    output = await git(
      folder,
      [
        "log",
        "--relative",
        "--no-renames",
        "--name-only",
        "-n",
        String(MAX_COMMITS),
        "--format=%x1e%H%x1f%P%x1f%aN <%aE>%x1f%at%x1f%s",
        "HEAD",
        "--",
      ],
      timeoutMs,
    );
  } catch (error) {
    const message = firstLine((error as { stderr?: string }).stderr ?? "");
    if (/does not have any commits|unknown revision|bad revision 'HEAD'/i.test(message))
      return { status: "history", head: null, commits: [], cut: false };
    return { status: "unavailable", reason: message || "git log failed" };
  }
  const commits = parseLog(output);
  return { status: "history", head: commits[0]?.hash ?? null, commits, cut: commits.length >= MAX_COMMITS };
}
