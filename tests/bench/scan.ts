import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { evaluateSnapshot } from "@/domain/evidence/evaluate";
import { contentNeeds } from "@/domain/evidence/needs";
import { loadScanContent } from "@/evidence/content";
import { readGitHistory } from "@/evidence/git-history";
import { DEFAULT_BOUNDS, readFolders } from "@/evidence/read-folders";
import { scanFolders } from "@/evidence/scan";

/**
 * The scanner on a generated repository of 10,000 files, mixed as in a large ML monorepo (Python
 * modules and tests, notebooks with outputs, SQL, Scala, YAML, data files, images and docs, in
 * realistic sizes) with two years of git history. Reported: the whole scan (list, read, git
 * history, rules) as the median of three runs, files per second, and the time of each part.
 */
const FILES = 10_000;
const HISTORY_CHANGES = 2_000;

/** A small deterministic generator, so every run scans the same repository. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PYTHON_LINES = [
  "import pandas as pd",
  "from sklearn.ensemble import GradientBoostingClassifier",
  "# Features are computed once for training and scoring.",
  "def add_ratio(df, a, b):",
  '    """Ratio of two columns, zero where the divisor is zero."""',
  "    return (df[a] / df[b]).fillna(0)",
  "    model = GradientBoostingClassifier().fit(X, y)",
  "    mlflow.log_metric('auc', auc)",
  "    spark.table('main.sales.orders').filter('amount > 0')",
  "    result = [transform(row) for row in rows if row is not None]",
  "    logger.info('scored %d rows', len(rows))",
];

function python(next: () => number, bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const line = PYTHON_LINES[Math.floor(next() * PYTHON_LINES.length)] as string;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join("\n")}\n`;
}

function notebook(next: () => number, bytes: number): string {
  const cells = [];
  let size = 0;
  while (size < bytes) {
    const source = python(next, 400);
    // Outputs (plots as base64) make up most of a real notebook's bytes.
    const image = "iVBORw0KGgo".repeat(Math.floor(next() * 2000));
    cells.push({
      cell_type: "code",
      metadata: {},
      execution_count: 1,
      source: source.split(/(?<=\n)/),
      outputs: [{ output_type: "display_data", data: { "image/png": image } }],
    });
    size += source.length + image.length;
  }
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { language: "python" } },
    cells,
  });
}

const between = (next: () => number, low: number, high: number) => Math.floor(low + next() * (high - low));

/** Writes the repository and returns its folder and total bytes. */
export function generateRepository(files = FILES): { dir: string; bytes: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scan-bench-"));
  const next = random(42);
  let bytes = 0;
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    bytes += content.length;
  };
  write("requirements.txt", "mlflow==2.16.2\nscikit-learn==1.5.2\npandas>=2\n");
  write("Dockerfile", "FROM python:3.12-slim\n");
  write(".github/workflows/ci.yml", "on: [push]\njobs:\n  test:\n    steps:\n      - run: pytest\n");
  write(
    "dags/retrain.py",
    'from airflow import DAG\nfrom pipelines.module_0.train_0 import train\nwith DAG("retrain", schedule="@daily") as dag:\n    pass\n',
  );
  const kinds: [number, (i: number) => void][] = [
    [
      0.3,
      (i) => write(`pipelines/module_${i % 40}/train_${i}.py`, python(next, between(next, 2_000, 12_000))),
    ],
    [
      0.06,
      (i) =>
        write(
          `tests/module_${i % 40}/test_${i}.py`,
          `def test_${i}():\n    assert True\n${python(next, between(next, 500, 3_000))}`,
        ),
    ],
    [0.03, (i) => write(`notebooks/analysis_${i}.ipynb`, notebook(next, between(next, 20_000, 200_000)))],
    [
      0.08,
      (i) =>
        write(
          `sql/query_${i}.sql`,
          `-- Daily aggregate\nSELECT customer_id, sum(amount) FROM main.sales.orders_${i} GROUP BY 1;\n`.repeat(
            between(next, 10, 60),
          ),
        ),
    ],
    [
      0.02,
      (i) =>
        write(
          `scala/Job${i}.scala`,
          `import org.apache.spark.sql.SparkSession\n// job ${i}\nobject Job${i} { def main(args: Array[String]): Unit = {} }\n`.repeat(
            between(next, 5, 40),
          ),
        ),
    ],
    [
      0.15,
      (i) =>
        write(
          `deploy/k8s/service_${i}.yaml`,
          `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc-${i}\n`.repeat(between(next, 2, 20)),
        ),
    ],
    [0.2, (i) => write(`data/raw/part_${i}.parquet`, Buffer.alloc(between(next, 5_000, 60_000), i % 251))],
    [
      0.12,
      (i) =>
        write(
          `docs/page_${i}.md`,
          `# Page ${i}\n\n${"Text about the model. ".repeat(between(next, 50, 250))}\n`,
        ),
    ],
    [0.04, (i) => write(`docs/img/figure_${i}.png`, Buffer.alloc(between(next, 5_000, 60_000), 137))],
  ];
  const total = kinds.reduce((n, [share]) => n + share, 0);
  let written = 4;
  for (const [share, make] of kinds) {
    const count = Math.round(((files - 4) * share) / total);
    for (let i = 0; i < count && written < files; i++, written++) make(i);
  }
  for (let i = 0; written < files; i++, written++) write(`misc/file_${i}.txt`, "note\n");
  const git = (...args: string[]) =>
    execFileSync(
      "git",
      [
        "-c",
        "user.name=Bench",
        "-c",
        "user.email=bench@example.com",
        "-c",
        "commit.gpgsign=false",
        "-c",
        "gc.auto=0",
        "-c",
        "maintenance.auto=false",
        ...args,
      ],
      { cwd: dir, stdio: "ignore" },
    );
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "Generated repository");
  execFileSync("git", ["-c", "gc.auto=0", "fast-import", "--quiet"], {
    cwd: dir,
    input: history(next),
    stdio: ["pipe", "ignore", "inherit"],
  });
  return { dir, bytes };
}

/**
 * Two years of history on top, in git's fast-import format: 2,000 changes to the Python modules by
 * twenty people, every fourth one merged from a branch by someone else.
 */
function history(next: () => number, changes = HISTORY_CHANGES): string {
  const start = Math.floor(Date.now() / 1000) - 730 * 86_400;
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const person = (n: number) => `Person ${n} <person${n}@example.com>`;
  const out: string[] = [];
  for (let i = 0; i < changes; i++) {
    const time = start + Math.floor((i / changes) * 730 * 86_400);
    const author = person(between(next, 0, 20));
    const change = `M 100644 inline pipelines/module_${i % 40}/train_${i}.py\n${data(python(next, between(next, 500, 4_000)))}`;
    const first = i === 0 ? "from refs/heads/main^0\n" : "";
    if (i % 4 === 3) {
      out.push(
        `commit refs/heads/topic\nmark :${i + 1}\nauthor ${author} ${time} +0000\ncommitter ${author} ${time} +0000\n${data(`Change ${i}`)}from refs/heads/main\n${change}`,
      );
      const merger = person(between(next, 0, 20));
      out.push(
        `commit refs/heads/main\nauthor ${merger} ${time + 60} +0000\ncommitter ${merger} ${time + 60} +0000\n${data(`Merge change ${i}`)}merge :${i + 1}\n`,
      );
    } else {
      out.push(
        `commit refs/heads/main\nauthor ${author} ${time} +0000\ncommitter ${author} ${time} +0000\n${data(`Change ${i}`)}${first}${change}`,
      );
    }
  }
  return out.join("");
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export async function benchScan(): Promise<Record<string, string | number>[]> {
  const { dir, bytes } = generateRepository();
  try {
    const content = loadScanContent();
    const whole: number[] = [];
    const reading: number[] = [];
    const history: number[] = [];
    const rules: number[] = [];
    let document = await scanFolders([dir], content);
    for (let run = 0; run < 3; run++) {
      let start = performance.now();
      document = await scanFolders([dir], content);
      whole.push(performance.now() - start);

      start = performance.now();
      const { files, limits } = readFolders([dir], contentNeeds(content.rules), DEFAULT_BOUNDS);
      reading.push(performance.now() - start);
      start = performance.now();
      const git = await readGitHistory(dir);
      history.push(performance.now() - start);
      start = performance.now();
      evaluateSnapshot({
        questionnaire: content.questionnaire,
        rules: content.rules,
        snapshot: { roots: [{ name: "bench", git }], files, limits },
        now: new Date(),
        scannerVersion: "bench",
      });
      rules.push(performance.now() - start);
    }
    const seconds = median(whole) / 1000;
    return [
      {
        measure: "scan a generated repository (median of 3)",
        value: seconds.toFixed(2),
        unit: "s",
        detail: `${document.limits.files} files, ${(bytes / 1e6).toFixed(0)} MB on disk`,
      },
      {
        measure: "files per second",
        value: Math.round(document.limits.files / seconds),
        unit: "/s",
        detail: "listing, reading, git history and rules together",
      },
      {
        measure: "bytes read",
        value: (document.limits.bytesRead / 1e6).toFixed(1),
        unit: "MB",
        detail: "only files some rule reads; data and images are listed, not opened",
      },
      {
        measure: "part: list and read files",
        value: (median(reading) / 1000).toFixed(2),
        unit: "s",
        detail: "",
      },
      { measure: "part: git history", value: (median(history) / 1000).toFixed(2), unit: "s", detail: "" },
      {
        measure: "part: evaluate the rules",
        value: (median(rules) / 1000).toFixed(2),
        unit: "s",
        detail: `${content.rules.rules.length} rules, ${document.findings.length} findings`,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
