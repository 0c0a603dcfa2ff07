import type { GitFact } from "./schema";
import type { RawCommit, SnapshotRoot } from "./snapshot";
import { ciSystemOf } from "./ci";

/**
 * Numbers read from the git history of the scanned folders, as of the scan. People are counted,
 * never named: who committed stays on the machine. Over several folders (one team's repositories)
 * people are counted once across them, shares are pooled and "days since" takes the most recent.
 * A shallow clone (CI checkouts often are) has no usable history: its facts are unknown.
 */
export type GitFacts = Partial<Record<GitFact, number>>;

const DAY = 86_400;
const WINDOW_DAYS = 90;

const isMlCodePath = (path: string) => /\.(py|ipynb|sql|scala|r)$/i.test(path) && !isTestPath(path);
const isTestPath = (path: string) =>
  /(^|\/)(tests?|testing)\/|(^|\/)(test_[^/]*|[^/]*_test)\.py$|(^|\/)conftest\.py$|Test\.scala$|Spec\.scala$/i.test(
    path,
  );
const isCiPath = (path: string) => ciSystemOf(path) !== null;

/** Pull-request merges that leave no merge commit (squash or rebase merges on GitHub and GitLab name the request). */
const MERGE_REQUEST_SUBJECT = /\(#\d+\)\s*$|^Merge (pull request|branch .* into)|See merge request/;

interface RootFacts {
  mlAuthors: Set<string>;
  mlCommits: number;
  mainline: number;
  merged: number;
  reviewed: number;
  lastMl: number | null;
  lastTest: number | null;
  lastCi: number | null;
  /** Time of the oldest commit read when the history was cut: changes not seen are older. */
  cutAt: number | null;
}

function rootFacts(commits: readonly RawCommit[], head: string | null, cut: boolean, now: number): RootFacts {
  const since = now - WINDOW_DAYS * DAY;
  const byHash = new Map(commits.map((c) => [c.hash, c]));
  const facts: RootFacts = {
    mlAuthors: new Set(),
    mlCommits: 0,
    mainline: 0,
    merged: 0,
    reviewed: 0,
    lastMl: null,
    lastTest: null,
    lastCi: null,
    cutAt: null,
  };
  const latest = (current: number | null, time: number) =>
    current === null || time > current ? time : current;
  for (const commit of commits) {
    if (commit.files.some(isMlCodePath)) {
      facts.lastMl = latest(facts.lastMl, commit.time);
      if (commit.time >= since) {
        facts.mlAuthors.add(commit.author.toLowerCase());
        facts.mlCommits++;
      }
    }
    if (commit.files.some(isTestPath)) facts.lastTest = latest(facts.lastTest, commit.time);
    if (commit.files.some(isCiPath)) facts.lastCi = latest(facts.lastCi, commit.time);
  }
  if (cut && commits.length > 0) facts.cutAt = Math.min(...commits.map((c) => c.time));

  // The changes that landed on the checked-out branch: its first-parent chain.
  const mainline = new Set<string>();
  for (let hash = head; hash && byHash.has(hash); hash = byHash.get(hash)?.parents[0] ?? null)
    mainline.add(hash);
  for (const hash of mainline) {
    const commit = byHash.get(hash) as RawCommit;
    if (commit.time < since) continue;
    facts.mainline++;
    if (commit.parents.length > 1) {
      facts.merged++;
      // Reviewed: someone other than the branch's authors merged it.
      const sideAuthors = new Set<string>();
      const stack = commit.parents.slice(1);
      const seen = new Set<string>();
      while (stack.length > 0 && seen.size < 500) {
        const side = byHash.get(stack.pop() as string);
        if (!side || seen.has(side.hash) || mainline.has(side.hash)) continue;
        seen.add(side.hash);
        if (side.parents.length <= 1) sideAuthors.add(side.author.toLowerCase());
        stack.push(...side.parents);
      }
      if (sideAuthors.size > 0 && !sideAuthors.has(commit.author.toLowerCase())) facts.reviewed++;
    } else if (MERGE_REQUEST_SUBJECT.test(commit.subject)) {
      facts.merged++;
    }
  }
  return facts;
}

export function gitFacts(roots: readonly SnapshotRoot[], now: Date): GitFacts {
  const seconds = Math.floor(now.getTime() / 1000);
  const all = roots.flatMap((root) =>
    root.git.status === "history" ? [rootFacts(root.git.commits, root.git.head, root.git.cut, seconds)] : [],
  );
  if (all.length === 0) return {};
  const sum = (pick: (f: RootFacts) => number) => all.reduce((n, f) => n + pick(f), 0);
  const authors = new Set(all.flatMap((f) => [...f.mlAuthors]));
  const mainline = sum((f) => f.mainline);
  const days = (pick: (f: RootFacts) => number | null) => {
    const times = all.map((f) => pick(f) ?? f.cutAt).filter((t): t is number => t !== null);
    return times.length === 0 ? undefined : Math.max(0, Math.floor((seconds - Math.max(...times)) / DAY));
  };
  const facts: GitFacts = {
    mlAuthors90d: authors.size,
    mlCommits90d: sum((f) => f.mlCommits),
    mainlineChanges90d: mainline,
    daysSinceMlChange: days((f) => f.lastMl),
    daysSinceTestChange: days((f) => f.lastTest),
    daysSinceCiChange: days((f) => f.lastCi),
  };
  if (mainline > 0) {
    facts.mergedShare90d = Math.round((sum((f) => f.merged) / mainline) * 100) / 100;
    facts.reviewedShare90d = Math.round((sum((f) => f.reviewed) / mainline) * 100) / 100;
  }
  for (const key of Object.keys(facts) as GitFact[]) if (facts[key] === undefined) delete facts[key];
  return facts;
}
