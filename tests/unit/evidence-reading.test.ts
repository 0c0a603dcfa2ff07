import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractCiJobs } from "@/domain/evidence/ci";
import { referencePattern } from "@/domain/evidence/code-index";
import { compileGlobs } from "@/domain/evidence/glob";
import { LiteralIndex, requiredLiterals } from "@/domain/evidence/literals";
import { extractDependencies, parseRequirement } from "@/domain/evidence/manifests";
import type { Signal } from "@/domain/evidence/schema";
import type { SnapshotFile } from "@/domain/evidence/snapshot";
import { notebookCodeCells, stripComments } from "@/domain/evidence/source-text";
import { loadScanContent } from "@/evidence/content";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { notebook } from "../support/git-repo";

/** How the scanner reads files: globs, code without comments, notebooks, manifests and CI definitions. */

describe("globs", () => {
  it.each([
    ["Dockerfile", "Dockerfile", true],
    ["Dockerfile", "services/api/Dockerfile", true],
    ["Dockerfile", "Dockerfile.dev", false],
    [".github/workflows/*", ".github/workflows/ci.yml", true],
    [".github/workflows/*", "sub/.github/workflows/ci.yml", false],
    ["test_*.py", "src/pkg/test_model.py", true],
    ["test_*.py", "src/pkg/model_test.py", false],
    ["tests/**", "tests/unit/deep/test_a.py", true],
    ["tests/**", "src/tests/test_a.py", false],
    ["**/migrations/*.sql", "db/migrations/001.sql", true],
    ["**/migrations/*.sql", "migrations/001.sql", true],
    ["*.{yml,yaml}", "k8s/app.yaml", true],
    [".circleci/", ".circleci/config.yml", true],
    ["*.tf", "infra/main.tf.json", false],
  ])("%s matches %s: %s", (glob, path, expected) => {
    expect(compileGlobs([glob])(path)).toBe(expected);
  });
});

describe("code without comments", () => {
  it.each([
    ["a comment", "x = 1  # mlflow.start_run()\n", "mlflow", false],
    ["a call", "with mlflow.start_run():\n", "mlflow", true],
    ["a docstring", 'def f():\n    """Calls mlflow.start_run() one day."""\n    return 1\n', "mlflow", false],
    ["a triple-quoted block used as a comment", "'''\nwandb.init()\n'''\nx = 1\n", "wandb", false],
    ["a string argument stays code", 'mlflow.register_model("models:/churn@champion")\n', "champion", true],
    ["a string spanning lines inside a call", 'run(\n    """mlflow.start_run()"""\n)\n', "mlflow", true],
    [
      "a hash inside a string is not a comment",
      'url = "http://host/#frag"; mlflow.log_param("a", 1)\n',
      "log_param",
      true,
    ],
  ])("python: %s", (_, source, needle, kept) => {
    const stripped = stripComments(source, "python");
    expect(stripped.includes(needle)).toBe(kept);
    expect(stripped.split("\n")).toHaveLength(source.split("\n").length);
  });

  it.each([
    [
      "sql",
      "-- CREATE MODEL churn\nSELECT '-- kept' FROM t /* ML.PREDICT */\n",
      ["CREATE MODEL", "ML.PREDICT"],
      ["-- kept"],
    ],
    [
      "scala",
      '// import org.apache.spark.ml\nval s = "// kept"\n/* outer /* nested */ still comment */\n',
      ["org.apache", "still comment"],
      ["// kept"],
    ],
    [
      "hash",
      "url: http://x#y\nkey: 1 # comment\n'quoted # kept': 2\n",
      ["comment"],
      ["x#y", "quoted # kept"],
    ],
  ] as const)("%s", (style, source, removed, kept) => {
    const stripped = stripComments(source, style);
    for (const r of removed) expect(stripped).not.toContain(r);
    for (const k of kept) expect(stripped).toContain(k);
  });

  it.each([
    ["", "hash", false],
    ["\n  \n", "hash", false],
    ["# only a comment\n", "hash", false],
    ['"""Only a docstring."""\n', "python", false],
    ["x = 1\n", "python", true],
  ] as const)("%j has content (%s): %s", (text, style, expected) => {
    expect(/\S/.test(stripComments(text, style))).toBe(expected);
  });
});

describe("notebooks", () => {
  it("yields code cells only, numbered among all cells, with magics blanked and cell languages", () => {
    const cells = notebookCodeCells(
      notebook([
        { markdown: "# mlflow.start_run()" },
        "%pip install mlflow\nimport mlflow\n",
        "%%sql\nSELECT * FROM t\n",
      ]),
    );
    expect(cells?.map((c) => [c.cell, c.language])).toEqual([
      [2, "python"],
      [3, "sql"],
    ]);
    expect(cells?.[0]?.source).not.toContain("pip");
    expect(cells?.[0]?.raw).toContain("%pip install mlflow");
  });

  it("is not a notebook when the JSON is broken or has no cells", () => {
    expect(notebookCodeCells("{not json")).toBeUndefined();
    expect(notebookCodeCells('{"metadata": {}}')).toBeUndefined();
  });
});

const file = (path: string, text: string, data?: unknown): SnapshotFile => ({
  root: 0,
  path,
  size: text.length,
  text,
  data,
});

describe("dependency manifests", () => {
  it.each([
    ["mlflow==2.16.2", "mlflow", true],
    ["mlflow>=2", "mlflow", false],
    ["scikit-learn ~= 1.5", "scikit-learn", false],
    ["Scikit_Learn[extra]==1.5.2 ; python_version > '3.8'", "scikit-learn", true],
    ["torch==2.*", "torch", false],
    ["pandas", "pandas", false],
    ["feast @ git+https://github.com/feast-dev/feast@3f2a1b9c", "feast", true],
    ["feast @ git+https://github.com/feast-dev/feast", "feast", false],
  ])("%s → %s pinned: %s", (spec, name, pinned) => {
    expect(parseRequirement(spec)).toEqual({ name, pinned });
  });

  it("reads every manifest format with line numbers", () => {
    const pyproject =
      '[project]\ndependencies = ["mlflow==2.16.2", "pandas>=2"]\n\n[tool.poetry.dependencies]\npython = "^3.11"\nxgboost = "2.1.1"\nlightgbm = "^4"\n\n[tool.poetry.group.dev.dependencies]\npytest = { version = "8.3.3" }\n';
    const environment =
      "name: ml\ndependencies:\n  - numpy=1.26.4\n  - scipy\n  - pip:\n    - wandb==0.18.1\n";
    const deps = extractDependencies([
      file(
        "requirements.txt",
        "# pinned\nmlflow==2.16.2 \\\n    --hash=sha256:abc\n-r base.txt\nnumpy  # any\n",
      ),
      file("pyproject.toml", pyproject, parseToml(pyproject)),
      file("environment.yml", environment, parseYaml(environment)),
      file("setup.cfg", "[options]\ninstall_requires =\n    torch==2.4.1\n    transformers\n"),
      file("setup.py", 'setup(install_requires=["evidently==0.4.33", "dvc"])\n'),
      file("package.json", '{"dependencies": {"@tensorflow/tfjs": "4.22.0", "onnxruntime-node": "^1.19.0"}}'),
      file("train.ipynb", notebook(["import os\n!pip install -q great-expectations==1.2.0 'feast>=0.40'\n"])),
    ]);
    expect(
      deps.map(
        (d) =>
          `${d.file.path}:${d.cell ? `cell ${d.cell}:` : ""}${d.line} ${d.name} ${d.pinned ? "pinned" : "unpinned"}`,
      ),
    ).toEqual([
      "requirements.txt:2 mlflow pinned",
      "requirements.txt:5 numpy unpinned",
      "pyproject.toml:2 mlflow pinned",
      "pyproject.toml:2 pandas unpinned",
      "pyproject.toml:6 xgboost pinned",
      "pyproject.toml:7 lightgbm unpinned",
      "pyproject.toml:10 pytest pinned",
      "environment.yml:3 numpy pinned",
      "environment.yml:4 scipy unpinned",
      "environment.yml:6 wandb pinned",
      "setup.cfg:3 torch pinned",
      "setup.cfg:4 transformers unpinned",
      "setup.py:1 evidently pinned",
      "setup.py:1 dvc unpinned",
      "package.json:1 @tensorflow/tfjs pinned",
      "package.json:1 onnxruntime-node unpinned",
      "train.ipynb:cell 1:2 great-expectations pinned",
      "train.ipynb:cell 1:2 feast unpinned",
    ]);
  });
});

const yamlFile = (path: string, text: string) => file(path, text, parseYaml(text));

describe("CI definitions", () => {
  it("GitHub Actions: tests on change, deployments gated by an environment or a manual trigger, schedules, builds tagged with the commit", () => {
    const jobs = extractCiJobs([
      yamlFile(
        ".github/workflows/ci.yml",
        "on:\n  pull_request:\njobs:\n  unit:\n    steps:\n      - run: python -m pytest\n  image:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          tags: app:${{ github.sha }}\n",
      ),
      yamlFile(
        ".github/workflows/release.yml",
        "on: workflow_dispatch\njobs:\n  ship:\n    steps:\n      - run: kubectl apply -f k8s/\n",
      ),
      yamlFile(
        ".github/workflows/cd.yml",
        "on: [push]\njobs:\n  deploy:\n    environment:\n      name: production\n    steps:\n      - run: terraform apply -auto-approve\n  auto:\n    steps:\n      - run: databricks bundle deploy\n",
      ),
      yamlFile(
        ".github/workflows/nightly.yml",
        "on:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  retrain:\n    steps:\n      - run: python train.py\n",
      ),
    ]);
    const summary = jobs.map((j) => ({
      name: j.name,
      line: j.line,
      tests: j.runsTests,
      deploys: j.deploys,
      gates: j.gates,
      change: j.onChange,
      scheduled: j.scheduled,
      build: j.buildsArtefact,
      commit: j.recordsCommit,
    }));
    expect(summary).toEqual([
      {
        name: "unit",
        line: 4,
        tests: true,
        deploys: false,
        gates: [],
        change: true,
        scheduled: false,
        build: false,
        commit: false,
      },
      {
        name: "image",
        line: 7,
        tests: false,
        deploys: false,
        gates: [],
        change: true,
        scheduled: false,
        build: true,
        commit: true,
      },
      {
        name: "ship",
        line: 3,
        tests: false,
        deploys: true,
        gates: ["started by hand (workflow_dispatch)"],
        change: false,
        scheduled: false,
        build: false,
        commit: false,
      },
      {
        name: "deploy",
        line: 3,
        tests: false,
        deploys: true,
        gates: ['environment "production"'],
        change: true,
        scheduled: false,
        build: false,
        commit: false,
      },
      {
        name: "auto",
        line: 8,
        tests: false,
        deploys: true,
        gates: [],
        change: true,
        scheduled: false,
        build: true,
        commit: false,
      },
      {
        name: "retrain",
        line: 5,
        tests: false,
        deploys: false,
        gates: [],
        change: false,
        scheduled: true,
        build: false,
        commit: false,
      },
    ]);
  });

  it("GitLab CI: templates through extends, manual jobs, schedule-only jobs, hidden jobs skipped", () => {
    const jobs = extractCiJobs([
      yamlFile(
        ".gitlab-ci.yml",
        [
          ".deploy:",
          "  script: [helm upgrade --install app chart/]",
          "test:",
          "  script:",
          "    - tox -e py311",
          "production:",
          "  extends: .deploy",
          "  environment: production",
          "  rules:",
          "    - if: $CI_COMMIT_BRANCH == 'main'",
          "      when: manual",
          "retrain:",
          "  script: python retrain.py",
          "  rules:",
          '    - if: $CI_PIPELINE_SOURCE == "schedule"',
          "",
        ].join("\n"),
      ),
    ]);
    expect(jobs.map((j) => [j.name, j.runsTests, j.deploys, j.gates, j.onChange, j.scheduled])).toEqual([
      ["test", true, false, [], true, false],
      ["production", false, true, ["when: manual", 'environment "production"'], true, false],
      ["retrain", false, false, [], false, true],
    ]);
  });

  it("Jenkins and other systems are read as text; an empty or unparsable file has no jobs", () => {
    const jobs = extractCiJobs([
      file(
        "Jenkinsfile",
        "pipeline {\n  stages {\n    stage('test') { steps { sh 'pytest' } }\n    stage('deploy') { input message: 'Ship?'\n steps { sh 'helm upgrade app chart' } }\n  }\n}\n",
      ),
      file("azure-pipelines.yml", "# nothing yet\n"),
      yamlFile(".github/workflows/empty.yml", ""),
      file(".gitlab-ci.yml", "script: [unclosed", undefined),
    ]);
    expect(jobs.map((j) => [j.name, j.runsTests, j.deploys, j.gates])).toEqual([
      ["Jenkinsfile", true, true, ["input step"]],
    ]);
  });
});

describe("what a schedule names", () => {
  it.each([
    ["monitoring/drift_report.py", "from monitoring.drift_report import run", true],
    ["monitoring/drift_report.py", "python monitoring/drift_report.py --date today", true],
    ["monitoring/drift_report.py", "notebook_path: ../monitoring/drift_report", true],
    ["monitoring/drift_report.py", "from drift_report import run", true],
    ["monitoring/drift_report.py", "python monitoring/drift_report_v2.py", false],
    ["src/train.py", "python retrain.py", false],
    ["notebooks/score.ipynb", "notebook_path: ./notebooks/score", true],
  ])("%s is named by %j: %s", (path, text, expected) => {
    expect(referencePattern(path).test(text)).toBe(expected);
  });
});

describe("the literal quick test before the patterns", () => {
  it.each([
    ["\\bmlflow\\.(?:\\w+\\.)?autolog\\s*\\(", ["mlflow."]],
    ["^\\s*(?:import|from)\\s+(?:sklearn|torch)\\b", ["sklearn", "torch"]],
    ["\\.fit\\s*\\(", [".fit"]],
    ["a+bc", ["bc"]],
    ["ab?cd", ["cd"]],
    ["x{0,3}yz|(?:foo|bar)", ["yz", "foo", "bar"]],
    ["\\b(?:CREATE\\s+MODEL|ML\\.PREDICT)\\b", null],
    ["(?<=def )test_\\w+", ["test_"]],
    ["[\"'](?:/Users/|~/)[^\"']*\\.csv", [".csv"]],
    ["[\"'](?:/Users/|~/)[^\"']*[\"']", null],
  ])("%s needs one of %j", (pattern, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
  });

  it("finds exactly the literals a plain search finds (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: fc.constantFrom("a", "b", "c", ".", "_", "é"), minLength: 1, maxLength: 4 }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.string({ unit: fc.constantFrom("a", "b", "c", ".", "_", "é", "\n"), maxLength: 60 }),
        (literals, text) => {
          const found = new LiteralIndex(literals).scan(text);
          literals.forEach((literal, i) => {
            // Literals with characters outside ASCII are matched on their ASCII start, which can only find more.
            if (/^[\x00-\x7f]*$/.test(literal))
              expect(found[i] === 1, `${literal} in ${JSON.stringify(text)}`).toBe(text.includes(literal));
            else if (text.includes(literal)) expect(found[i]).toBe(1);
          });
        },
      ),
    );
  });

  it("never lets a rule's pattern miss a line it matches", () => {
    const lines = [
      "with mlflow.start_run():",
      "    mlflow.sklearn.autolog()",
      "from sklearn.ensemble import RandomForestClassifier",
      "import torch",
      "model.fit(X, y)",
      'mlflow.register_model("runs:/1/model", "churn")',
      "    Report(metrics=[DataDriftPreset()])",
      "def test_features():",
      'df = pd.read_csv("/Users/ada/Downloads/x.csv")',
      "prepare >> fit",
      "@task",
      "if not result.success:",
    ];
    const content = loadScanContent();
    const patterns = new Set<string>();
    const visit = (signal: Signal) => {
      signal.code?.patterns.forEach((p) => patterns.add(p));
      signal.all?.forEach(visit);
      signal.any?.forEach(visit);
      if (signal.not) visit(signal.not);
    };
    content.rules.rules.forEach((r) => visit(r.signal));
    Object.values(content.rules.signals).forEach(visit);
    let checked = 0;
    for (const pattern of patterns) {
      const literals = requiredLiterals(pattern);
      for (const line of lines) {
        if (!new RegExp(pattern, "m").test(line)) continue;
        checked++;
        if (literals)
          expect(
            literals.some((l) => line.includes(l)),
            `${pattern} on ${line}`,
          ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
