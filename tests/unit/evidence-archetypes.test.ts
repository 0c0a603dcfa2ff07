import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findingsDocumentSchema, type FindingsDocument } from "@/domain/evidence/findings";
import { loadScanContent, type ScanContent } from "@/evidence/content";
import { scanFolders } from "@/evidence/scan";
import {
  ciCdAdHocData,
  maturePlatform,
  notebooksOnly,
  scaffoldedTemplate,
  SECRET,
  trackedManual,
} from "../support/archetypes";
import { ADA, ALAN, GitRepo, GRACE } from "../support/git-repo";

/**
 * The scanner on real git repositories of four kinds of team and a scaffolded template: what it
 * finds, what it suggests, where it cannot tell, and the traps (a keyword in a comment or in
 * markdown, an empty file, configuration that nothing runs).
 */
const NOW = new Date("2026-11-28T12:00:00Z");
const builders = { notebooksOnly, trackedManual, ciCdAdHocData, maturePlatform, scaffoldedTemplate };
type Kind = keyof typeof builders;

let content: ScanContent;
const repos = new Map<Kind, GitRepo>();
const scans = new Map<Kind, FindingsDocument>();

beforeAll(async () => {
  content = loadScanContent();
  for (const [kind, build] of Object.entries(builders) as [Kind, (now: Date) => GitRepo][]) {
    const repo = build(NOW);
    repos.set(kind, repo);
    scans.set(kind, await scanFolders([repo.dir], content, { now: NOW }));
  }
}, 30_000);

afterAll(() => {
  for (const repo of repos.values()) repo.remove();
});

const scan = (kind: Kind) => scans.get(kind) as FindingsDocument;
const rulesOf = (kind: Kind) => scan(kind).findings.map((f) => f.ruleId);
const suggestion = (kind: Kind, questionId: string) =>
  scan(kind).suggestions.find((s) => s.questionId === questionId);
/** "floor:option:confidence" or "ceiling:…" for each finding on the question, sorted. */
const bounds = (kind: Kind, questionId: string) =>
  scan(kind)
    .findings.filter((f) => f.questionId === questionId)
    .map((f) => `${f.kind}:${f.optionId}:${f.confidence}`)
    .sort();

describe("every scan", () => {
  it.each(Object.keys(builders) as Kind[])(
    "%s: is a valid findings document with one suggestion per scored question",
    (kind) => {
      expect(() => findingsDocumentSchema.parse(scan(kind))).not.toThrow();
      expect(scan(kind).suggestions).toHaveLength(49);
      expect(scan(kind).limits.complete).toBe(true);
    },
  );

  it.each(Object.keys(builders) as Kind[])("%s: carries no file contents and no names of people", (kind) => {
    const json = JSON.stringify(scan(kind));
    expect(json).not.toContain(SECRET);
    for (const person of [ADA, GRACE, ALAN]) {
      expect(json).not.toContain(person.name);
      expect(json).not.toContain(person.email);
    }
    expect(json).not.toContain("RandomForestClassifier");
  });

  it("marks the questions no repository can answer as not observable, in every scan", () => {
    const listed = content.rules.notObservable.map((n) => n.question).sort();
    for (const kind of Object.keys(builders) as Kind[]) {
      expect(
        scan(kind)
          .suggestions.filter((s) => s.status === "not-observable")
          .map((s) => s.questionId)
          .sort(),
      ).toEqual(listed);
    }
  });
});

describe("notebooks only", () => {
  it("sees no tracking, pickled models, personal paths, notebooks without modules, one person", () => {
    expect(bounds("notebooksOnly", "model-run-tracking")).toEqual(["ceiling:personal-notes:medium"]);
    expect(bounds("notebooksOnly", "model-registry-versions")).toEqual(["ceiling:naming-convention:medium"]);
    expect(bounds("notebooksOnly", "data-shared-source")).toEqual(["ceiling:mixed:medium"]);
    expect(bounds("notebooksOnly", "code-modular-pipeline")).toEqual(["ceiling:split-shared-state:medium"]);
    expect(bounds("notebooksOnly", "model-real-test")).toEqual(["ceiling:runbook-untried:medium"]);
    expect(bounds("notebooksOnly", "code-run-by-others")).toEqual(["ceiling:with-help:medium"]);
  });

  it("caps delivery at high confidence: no CI and no deployment definition anywhere", () => {
    expect(bounds("notebooksOnly", "code-ci-checks")).toEqual(["ceiling:none:high"]);
    expect(bounds("notebooksOnly", "code-delivery")).toEqual(["ceiling:script-by-person:high"]);
    expect(bounds("notebooksOnly", "code-deployment-definitions")).toEqual(["ceiling:scripts-differ:high"]);
    expect(suggestion("notebooksOnly", "code-ci-checks")).toMatchObject({
      status: "suggested",
      optionId: "none",
      confidence: "high",
    });
  });

  it("reports where, down to the notebook cell and line", () => {
    const personal = scan("notebooksOnly").findings.find((f) => f.ruleId === "data-personal-paths");
    expect(personal?.locations).toEqual([{ path: "explore.ipynb", cell: 3, line: 1 }]);
    const pickled = scan("notebooksOnly").findings.find((f) => f.ruleId === "model-pickled-files");
    expect(pickled?.locations).toEqual([{ path: "churn_model.ipynb", cell: 4, line: 1 }]);
  });

  it("trap: a keyword in a comment or a markdown cell is not a call", () => {
    expect(rulesOf("notebooksOnly")).not.toContain("model-tracking-calls");
    expect(rulesOf("notebooksOnly")).not.toContain("model-registry-calls");
  });

  it("trap: empty files count as absent (CI workflow, test file, dvc.yaml, a feature store file of comments)", () => {
    expect(rulesOf("notebooksOnly")).toEqual(expect.arrayContaining(["code-no-ci", "code-no-tests"]));
    expect(bounds("notebooksOnly", "data-dataset-versions")).toEqual([]);
    expect(bounds("notebooksOnly", "data-feature-same-logic")).toEqual([]);
  });

  it("cannot tell what a short history does not show: peer review over seven changes", () => {
    expect(scan("notebooksOnly").git.mainlineChanges90d).toBe(7);
    expect(suggestion("notebooksOnly", "code-peer-review")).toMatchObject({
      status: "cannot-determine",
      optionId: null,
    });
    expect(suggestion("notebooksOnly", "model-drift-monitoring")?.status).toBe("cannot-determine");
  });
});

describe("tracked but manual", () => {
  it("sees tracking, the registry, the logged dataset and pinned, documented requirements", () => {
    expect(bounds("trackedManual", "model-run-tracking")).toEqual(["floor:tracker-partial:high"]);
    expect(bounds("trackedManual", "model-registry-versions")).toEqual(["floor:registry-versions:high"]);
    expect(bounds("trackedManual", "model-data-snapshot")).toEqual(["floor:snapshot-recorded:medium"]);
    // The suggestion comes from the most confident findings; the medium one that says more stays listed.
    expect(bounds("trackedManual", "code-run-by-others")).toEqual([
      "floor:pinned-documented:medium",
      "floor:pinned-undocumented:high",
    ]);
    expect(suggestion("trackedManual", "code-run-by-others")).toMatchObject({
      optionId: "pinned-undocumented",
      confidence: "high",
    });
  });

  it("trap: a docstring mentioning autolog is not autologging", () => {
    expect(rulesOf("trackedManual")).not.toContain("model-tracking-autolog");
  });

  it("reads the history: two people, direct pushes, tests untouched for a year while the code changes", () => {
    expect(scan("trackedManual").git).toMatchObject({
      mlAuthors90d: 2,
      mergedShare90d: 0,
      daysSinceTestChange: 500,
    });
    expect(bounds("trackedManual", "code-peer-review")).toEqual(["ceiling:sometimes:medium"]);
    expect(bounds("trackedManual", "code-unit-tests")).toEqual([
      "ceiling:stale:medium",
      "floor:partial:medium",
    ]);
    expect(bounds("trackedManual", "model-real-test")).toEqual([]);
  });

  it("trap: drift code that nothing schedules is only a low-confidence hint", () => {
    expect(bounds("trackedManual", "model-drift-monitoring")).toEqual(["floor:after-incidents:low"]);
  });

  it("still caps CI at none: tracking is manual practice", () => {
    expect(bounds("trackedManual", "code-ci-checks")).toEqual(["ceiling:none:high"]);
  });
});

describe("CI/CD heavy with ad-hoc data", () => {
  it("sees tests on every change, image builds tagged with the commit and gated deployments through staging", () => {
    expect(suggestion("ciCdAdHocData", "code-ci-checks")).toMatchObject({
      optionId: "unit-only",
      confidence: "medium",
    });
    expect(suggestion("ciCdAdHocData", "code-unit-tests")).toMatchObject({ optionId: "every-change" });
    expect(bounds("ciCdAdHocData", "code-delivery")).toEqual([
      "floor:gated-pipeline:low",
      "floor:manual-promotion:medium",
    ]);
    expect(suggestion("ciCdAdHocData", "code-delivery")).toMatchObject({
      optionId: "manual-promotion",
      confidence: "medium",
    });
    expect(suggestion("ciCdAdHocData", "code-artefact-provenance")).toMatchObject({
      optionId: "partly",
      confidence: "high",
    });
    expect(bounds("ciCdAdHocData", "code-artefact-provenance")).toContain("floor:recorded-manual:medium");
    expect(suggestion("ciCdAdHocData", "code-deployment-definitions")).toMatchObject({
      optionId: "definitions-partial",
      confidence: "high",
    });
  });

  it("reads reviewed merges from the history", () => {
    expect(scan("ciCdAdHocData").git).toMatchObject({
      mlAuthors90d: 3,
      mergedShare90d: 1,
      reviewedShare90d: 1,
    });
    expect(suggestion("ciCdAdHocData", "code-peer-review")).toMatchObject({
      optionId: "every-change",
      confidence: "medium",
    });
  });

  it("points to the CI job by line", () => {
    const deploy = scan("ciCdAdHocData").findings.find((f) => f.ruleId === "code-gated-deployment");
    expect(deploy?.locations).toEqual([
      { path: ".github/workflows/ci.yml", line: 17 },
      { path: ".github/workflows/ci.yml", line: 23 },
    ]);
  });

  it("cannot tell anything about the data: an empty dvc.yaml and a blank feature store file are not versioning", () => {
    for (const question of [
      "data-dataset-versions",
      "data-feature-same-logic",
      "data-batch-checks",
      "model-data-snapshot",
    ]) {
      expect(suggestion("ciCdAdHocData", question)?.status, question).toBe("cannot-determine");
    }
  });

  it("sees training without tracking", () => {
    expect(bounds("ciCdAdHocData", "model-run-tracking")).toEqual(["ceiling:personal-notes:medium"]);
  });
});

describe("mature platform", () => {
  it.each([
    ["data-dataset-versions", "retained-versions", "medium"],
    ["data-feature-same-logic", "shared-code", "medium"],
    ["data-batch-checks", "automatic-unwatched", "medium"],
    ["data-pipeline-quality-gates", "block-some", "medium"],
    ["data-online-feature-sync", "scheduled-unmonitored", "medium"],
    ["model-run-tracking", "tracker-partial", "high"],
    ["model-data-snapshot", "snapshot-recorded", "medium"],
    ["model-drift-monitoring", "scheduled-review", "medium"],
    ["model-retraining-trigger", "scheduled-pipeline", "medium"],
    ["model-card", "partial-card", "high"],
    ["code-modular-pipeline", "modular-orchestrated", "medium"],
    ["code-end-to-end-test", "automatic", "medium"],
    ["code-run-by-others", "pinned-undocumented", "high"],
    ["code-delivery", "manual-promotion", "medium"],
    ["code-peer-review", "every-change", "medium"],
  ])("%s: suggests %s (%s)", (question, option, confidence) => {
    expect(suggestion("maturePlatform", question)).toMatchObject({
      status: "suggested",
      optionId: option,
      confidence,
    });
  });

  it("sees schedules: drift, data checks and training run from Airflow DAGs that import them", () => {
    const drift = scan("maturePlatform").findings.find((f) => f.ruleId === "model-drift-scheduled");
    expect(drift?.locations[0]).toEqual({ path: "monitoring/drift_report.py", line: 2 });
    const training = scan("maturePlatform").findings.find((f) => f.ruleId === "model-training-scheduled");
    expect(training?.locations).toEqual([{ path: "pipelines/train.py", line: 10 }]);
  });

  it("has no ceiling anywhere", () => {
    expect(scan("maturePlatform").findings.filter((f) => f.kind === "ceiling")).toEqual([]);
  });
});

describe("trap: a scaffolded template", () => {
  it("has monitoring and data-quality configuration and libraries, but nothing calls or schedules them: cannot tell", () => {
    for (const question of ["model-drift-monitoring", "data-batch-checks", "data-pipeline-quality-gates"]) {
      expect(suggestion("scaffoldedTemplate", question), question).toMatchObject({
        status: "cannot-determine",
        floor: null,
        ceiling: null,
      });
    }
  });
});

describe("absence alone is not evidence", () => {
  it("an empty folder yields no findings at all, and every observable question is cannot-determine", async () => {
    const empty = GitRepo.create("empty", NOW);
    try {
      const document = await scanFolders([empty.dir], content, { now: NOW });
      expect(document.findings).toEqual([]);
      expect(document.folders[0]?.history).toBe("history");
      expect(document.suggestions.filter((s) => s.status === "suggested")).toEqual([]);
    } finally {
      empty.remove();
    }
  });

  it("a shallow clone has no git facts, so no rule that needs history fires", async () => {
    const source = repos.get("trackedManual") as GitRepo;
    const shallow = GitRepo.create("shallow", NOW);
    try {
      shallow.remove();
      source.git(ADA, 0, "clone", "-q", "--depth", "1", `file://${source.dir}`, shallow.dir);
      const document = await scanFolders([shallow.dir], content, { now: NOW });
      expect(document.folders[0]?.history).toBe("shallow");
      expect(document.git).toEqual({});
      expect(document.findings.map((f) => f.ruleId)).not.toContain("code-direct-pushes");
      expect(document.findings.map((f) => f.ruleId)).toContain("model-tracking-calls");
    } finally {
      shallow.remove();
    }
  });
});

describe("several folders of one team", () => {
  it("prefixes paths with each folder's name and counts people once across them", async () => {
    const document = await scanFolders(
      [repos.get("notebooksOnly")?.dir ?? "", repos.get("trackedManual")?.dir ?? ""],
      content,
      { now: NOW },
    );
    const names = document.folders.map((f) => f.name);
    expect(names).toHaveLength(2);
    const personal = document.findings.find((f) => f.ruleId === "data-personal-paths");
    expect(personal?.locations[0]?.path).toBe(`${names[0]}/explore.ipynb`);
    expect(document.git.mlAuthors90d).toBe(2);
    expect(document.findings.map((f) => f.ruleId)).not.toContain("code-no-tests");
  });
});
