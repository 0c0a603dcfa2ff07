import fs from "node:fs";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { evidencedAnswers } from "@/domain/evidence/evidenced";
import { suggest, type Finding } from "@/domain/evidence/findings";
import { assembleEvidenceRules } from "@/domain/evidence/rules";
import { evidenceRulesTable, RULES_TABLE_END, RULES_TABLE_START } from "@/domain/evidence/rules-table";
import { QuestionnaireError, type QuestionnaireIssue } from "@/domain/questionnaire/assemble";
import { answersFileSchema } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import { loadScanContent } from "@/evidence/content";
import { loadV2 } from "../support/answers";

/** The evidence rules of questionnaire v2: they load, cover every scored question, and a broken rule names its file, path and problem. */
const FILE = "questionnaires/mlops-maturity/v2/evidence.yaml";
const v2 = loadV2();
const raw = () =>
  parseYaml(fs.readFileSync(FILE, "utf8")) as {
    rules: Record<string, unknown>[];
    notObservable: Record<string, unknown>[];
    signals: Record<string, unknown>;
  };

function issuesOf(mutate: (file: ReturnType<typeof raw>) => void): QuestionnaireIssue[] {
  const file = raw();
  mutate(file);
  try {
    assembleEvidenceRules(file, v2, FILE);
  } catch (error) {
    if (error instanceof QuestionnaireError) return error.issues;
    throw error;
  }
  return [];
}

describe("evidence.yaml of questionnaire v2", () => {
  const rules = assembleEvidenceRules(raw(), v2, FILE);
  const scored = v2.objects.flatMap((o) => o.questions.map((q) => q.id));

  it("loads against the questionnaire", () => {
    expect(rules.questionnaire).toEqual({ id: "mlops-maturity", version: "2" });
    expect(rules.rules.length).toBeGreaterThan(60);
  });

  it("covers every one of the 49 scored questions by a rule or lists it as not observable, never both", () => {
    expect(scored).toHaveLength(49);
    const covered = new Set(rules.rules.map((r) => r.question));
    const unobservable = rules.notObservable.map((n) => n.question);
    expect([...covered, ...unobservable].sort()).toEqual([...scored].sort());
    expect(unobservable.filter((q) => covered.has(q))).toEqual([]);
  });

  it("gives every rule a stable id and a one-line explanation in plain words", () => {
    expect(new Set(rules.rules.map((r) => r.id)).size).toBe(rules.rules.length);
    for (const rule of rules.rules) {
      expect(rule.explanation, rule.id).toMatch(/^[A-Z].*\.$/);
      expect(rule.explanation, rule.id).not.toMatch(/\n|TODO|signal|regex|glob/i);
    }
  });

  it("uses high confidence for ceilings only where absence is meaningful: there is ML code and no CI or definition at all", () => {
    const high = rules.rules
      .filter((r) => r.ceiling !== undefined && r.confidence === "high")
      .map((r) => r.id);
    expect(high.sort()).toEqual([
      "code-no-ci",
      "code-no-ci-artefacts",
      "code-no-deployment-at-all",
      "code-no-deployment-definitions",
    ]);
  });

  it("is the rules table of docs/evidence.md (regenerate with npm run generate)", () => {
    const doc = fs.readFileSync("docs/evidence.md", "utf8");
    const part = doc.slice(
      doc.indexOf(RULES_TABLE_START),
      doc.indexOf(RULES_TABLE_END) + RULES_TABLE_END.length,
    );
    expect(part).toBe(evidenceRulesTable(v2, rules));
    for (const entry of rules.notObservable)
      expect(part).toContain(`| \`${entry.question}\` | ${entry.why} |`);
  });

  it("is what the scanner loads", () => {
    expect(loadScanContent().rules).toEqual(rules);
  });
});

describe("a broken rules file names the file, the path and the problem", () => {
  it.each<[string, (f: ReturnType<typeof raw>) => void, Partial<QuestionnaireIssue>]>([
    [
      "an unknown question",
      (f) => (f.rules[0] = { ...f.rules[0], question: "data-unicorns" }),
      { path: "rules[0].question", message: 'unknown question "data-unicorns"' },
    ],
    [
      "an unknown option",
      (f) => (f.rules[0] = { ...f.rules[0], ceiling: "everything" }),
      { path: "rules[0].ceiling", message: 'unknown option "everything" of "data-shared-source"' },
    ],
    [
      "a context question",
      (f) => (f.rules[1] = { ...f.rules[1], question: "serving-mode" }),
      {
        path: "rules[1].question",
        message: '"serving-mode" is a context question; rules inform scored questions',
      },
    ],
    [
      "both a floor and a ceiling",
      (f) => (f.rules[0] = { ...f.rules[0], floor: "mixed" }),
      { path: "rules[0]", message: "a rule has either a floor or a ceiling" },
    ],
    [
      "an unknown confidence",
      (f) => (f.rules[2] = { ...f.rules[2], confidence: "certain" }),
      { path: "rules[2].confidence" },
    ],
    [
      "an invalid pattern",
      (f) => (f.rules[0] = { ...f.rules[0], signal: { code: { patterns: ["(unclosed"] } } }),
      { path: "rules[0].signal.code.patterns[0]", message: "not a valid regular expression" },
    ],
    [
      "an invalid glob",
      (f) => (f.rules[0] = { ...f.rules[0], signal: { files: { include: ["src/{a,b"] } } }),
      { path: "rules[0].signal.files.include[0]", message: 'unclosed "{" in glob "src/{a,b"' },
    ],
    [
      "two kinds in one signal",
      (f) => (f.rules[0] = { ...f.rules[0], signal: { files: { include: ["a"] }, ci: {} } }),
      {
        path: "rules[0].signal",
        message: "a signal has exactly one kind: files, code, dependency, ci, git, use, all, any, not",
      },
    ],
    [
      "an unknown named signal",
      (f) => (f.rules[0] = { ...f.rules[0], signal: { use: "crystal-ball" } }),
      { path: "rules[0].signal.use", message: 'unknown signal "crystal-ball" (not in signals)' },
    ],
    [
      "absence alone",
      (f) => (f.rules[0] = { ...f.rules[0], signal: { not: { use: "ci-any" } } }),
      {
        path: "rules[0].signal",
        message:
          "the signal matches on absence alone; combine the absence with something the scan observes (absence of a signal is not proof)",
      },
    ],
    [
      "absence on one branch of any",
      (f) =>
        (f.rules[0] = { ...f.rules[0], signal: { any: [{ use: "ml-code" }, { not: { use: "ci-any" } }] } }),
      { path: "rules[0].signal" },
    ],
    [
      "a duplicate rule id",
      (f) => (f.rules[1] = { ...f.rules[1], id: f.rules[0]?.id }),
      { path: "rules[1].id", message: 'duplicate rule id "data-personal-paths"' },
    ],
    [
      "an unknown question in notObservable",
      (f) => f.notObservable.push({ question: "code-vibes", why: "Because." }),
      { path: "notObservable[11].question", message: 'unknown question "code-vibes"' },
    ],
    [
      "a covered question in notObservable",
      (f) => f.notObservable.push({ question: "data-shared-source", why: "Because." }),
      {
        path: "notObservable[11].question",
        message: '"data-shared-source" is covered by a rule, so it is observable',
      },
    ],
    [
      "a question neither covered nor listed",
      (f) => f.notObservable.splice(0, 1),
      {
        path: "rules",
        message:
          'question "data-single-source-of-truth" is neither informed by a rule nor listed in notObservable with the reason',
      },
    ],
    [
      "a signal that uses itself",
      (f) => (f.signals["ci-any"] = { any: [{ use: "ci-any" }] }),
      { path: "signals.ci-any.any[0].use", message: 'signal "ci-any" uses itself (ci-any → ci-any)' },
    ],
  ])("%s", (_, mutate, expected) => {
    const issues = issuesOf(mutate);
    expect(issues).toContainEqual(expect.objectContaining({ file: FILE, ...expected }));
  });

  it("reports every problem at once", () => {
    const issues = issuesOf((f) => {
      f.rules[0] = { ...f.rules[0], question: "data-unicorns" };
      f.rules[3] = { ...f.rules[3], floor: "everything" };
    });
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["rules[0].question", "rules[3].floor"]),
    );
  });
});

describe("docs/evidence.md worked example", () => {
  const doc = fs.readFileSync("docs/evidence.md", "utf8");
  const example = doc.slice(doc.indexOf("## Worked example"), doc.indexOf("## The rules"));
  const rules = loadScanContent().rules;
  const ruleIds = [...(/^Findings: (.*)$/m.exec(example)?.[1] ?? "").matchAll(/`([a-z0-9-]+)`/g)].map(
    (m) => m[1] as string,
  );
  const findings: Finding[] = ruleIds.map((id) => {
    const rule = rules.rules.find((r) => r.id === id);
    if (!rule) throw new Error(`docs/evidence.md names an unknown rule ${id}`);
    const kind = rule.floor !== undefined ? "floor" : "ceiling";
    return {
      ruleId: id,
      questionId: rule.question,
      kind,
      optionId: rule.floor ?? rule.ceiling ?? "",
      confidence: rule.confidence,
      locations: [],
      count: 1,
      scannedAt: "2026-11-28T12:00:00.000Z",
    };
  });
  const answers = answersFileSchema.parse(
    JSON.parse(fs.readFileSync("questionnaires/examples/typical-team.answers.json", "utf8")),
  );
  const result = evidencedAnswers(v2, answers.answers, {
    findings,
    suggestions: suggest(v2, findings, new Set(rules.notObservable.map((n) => n.question))),
  });
  const rows = (first: RegExp) =>
    example
      .split("\n")
      .filter((line) => line.startsWith("| "))
      .map((line) =>
        line
          .split("|")
          .slice(1, -1)
          .map((cell) => cell.trim().replaceAll("`", "")),
      )
      .filter((cells) => first.test(cells[0] ?? ""));

  it("shows each listed question's claim, status and evidenced answer as evidencedAnswers computes them", () => {
    const listed = rows(/^(data|model|code)-/);
    expect(listed.length).toBeGreaterThan(8);
    for (const [question, claimed, status, evidenced] of listed) {
      const outcome = result.questions.find((q) => q.questionId === question);
      expect({
        question,
        claimed: outcome?.claimedOptionId,
        status: outcome?.status,
        evidenced: outcome?.evidencedOptionId ?? "don't know",
      }).toEqual({ question, claimed, status, evidenced });
    }
  });

  it("names the disagreements", () => {
    expect(result.disagreements.map((d) => `${d.questionId} ${d.capped}`).sort()).toEqual([
      "code-ci-checks true",
      "code-delivery true",
      "code-deployment-definitions true",
    ]);
    expect(example).toContain("Three disagreements, all capped at high confidence");
  });

  it("states the claimed and evidenced levels the engine gives", () => {
    const claimed = scoreAssessment(v2, { answers: answers.answers, targets: answers.targets });
    const evidenced = scoreAssessment(v2, { answers: result.answers, targets: answers.targets });
    const format = (o: { level: number | null; score: number } | undefined) =>
      `L${o?.level} (${o?.score.toFixed(2)})`;
    const expected = v2.objects.map((object) => [
      object.title,
      format(claimed.objects.find((o) => o.object === object.id)),
      format(evidenced.objects.find((o) => o.object === object.id)),
    ]);
    expect(rows(/^(Data|Model|Code)$/)).toEqual(expected);
  });
});
