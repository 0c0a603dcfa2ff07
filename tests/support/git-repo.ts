import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Real git repositories in a temporary folder, for the scanner's tests: files written by the
 * test, commits by several people at chosen dates, branches merged by someone else. Git's own
 * configuration of the machine is kept out, so the tests behave alike everywhere.
 */
export interface Person {
  name: string;
  email: string;
}

export const ADA: Person = { name: "Ada Lovelace", email: "ada@example.com" };
export const GRACE: Person = { name: "Grace Hopper", email: "grace@example.com" };
export const ALAN: Person = { name: "Alan Turing", email: "alan@example.com" };

const DAY = 86_400_000;

export class GitRepo {
  private constructor(
    readonly dir: string,
    private readonly now: Date,
  ) {}

  /** An empty repository on branch main; dates are given in days before `now`. */
  static create(prefix: string, now: Date): GitRepo {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `scan-${prefix}-`));
    const repo = new GitRepo(dir, now);
    repo.git(ADA, 0, "init", "-q", "-b", "main");
    return repo;
  }

  git(person: Person, daysAgo: number, ...args: string[]): string {
    const date = new Date(this.now.getTime() - daysAgo * DAY).toISOString();
    return execFileSync(
      "git",
      [
        "-c",
        "commit.gpgsign=false",
        "-c",
        "gc.auto=0",
        "-c",
        "maintenance.auto=false",
        "-c",
        "core.hooksPath=/dev/null",
        "-c",
        `user.name=${person.name}`,
        "-c",
        `user.email=${person.email}`,
        ...args,
      ],
      {
        cwd: this.dir,
        encoding: "utf8",
        env: {
          ...process.env,
          GIT_CONFIG_NOSYSTEM: "1",
          GIT_CONFIG_GLOBAL: "/dev/null",
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
        },
      },
    );
  }

  write(files: Record<string, string>): this {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(this.dir, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
    return this;
  }

  /** Writes the files (if any) and commits everything. */
  commit(person: Person, daysAgo: number, message: string, files: Record<string, string> = {}): this {
    this.write(files);
    this.git(person, daysAgo, "add", "-A");
    this.git(person, daysAgo, "commit", "-q", "--allow-empty", "-m", message);
    return this;
  }

  /** A change on a branch by `author`, merged into main with a merge commit by `merger`. */
  mergedChange(
    author: Person,
    merger: Person,
    daysAgo: number,
    branch: string,
    files: Record<string, string>,
  ): this {
    this.git(author, daysAgo, "checkout", "-q", "-b", branch);
    this.commit(author, daysAgo + 0.5, `Work on ${branch}`, files);
    this.git(merger, daysAgo, "checkout", "-q", "main");
    this.git(merger, daysAgo, "merge", "-q", "--no-ff", "-m", `Merge branch '${branch}'`, branch);
    return this;
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A notebook file with the given cells (code unless marked as markdown). */
export function notebook(cells: ({ markdown: string } | string)[], language = "python"): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "python3", language, display_name: "Python 3" } },
    cells: cells.map((cell) =>
      typeof cell === "string"
        ? {
            cell_type: "code",
            metadata: {},
            execution_count: null,
            outputs: [],
            source: cell.split(/(?<=\n)/),
          }
        : { cell_type: "markdown", metadata: {}, source: cell.markdown.split(/(?<=\n)/) },
    ),
  });
}
