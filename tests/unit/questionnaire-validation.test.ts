import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { assembleQuestionnaire, QuestionnaireError } from "@/domain/questionnaire/assemble";
import { loadQuestionnaireFolder } from "@/server/questionnaires/files";

/** Each kind of broken questionnaire file yields its own message: file, path inside it, problem. */

const FIXTURE = "tests/fixtures/questionnaires/tiny/v1";
const fixtureFile = (name: string): Record<string, unknown> =>
  parse(fs.readFileSync(path.join(FIXTURE, name), "utf8"));

type Files = Record<string, Record<string, unknown>>;
function files(): Files {
  return Object.fromEntries(
    ["questionnaire.yaml", "code.yaml", "context.yaml", "risks.yaml"].map((n) => [n, fixtureFile(n)]),
  );
}
function issuesOf(mutate: (f: Files) => void): string[] {
  const f = files();
  mutate(f);
  try {
    assembleQuestionnaire((name) => {
      if (!(name in f)) throw new Error("file not found");
      return f[name];
    }, "tiny/v1");
  } catch (error) {
    if (error instanceof QuestionnaireError)
      return error.issues.map((i) => `${i.file}: ${i.path}: ${i.message}`);
    throw error;
  }
  return [];
}
type Item = Record<string, unknown>;
const list = (f: Files, file: string, key: string) => f[file]?.[key] as Item[];

describe("questionnaire validation", () => {
  it("accepts the fixture as it is", () => {
    expect(issuesOf(() => undefined)).toEqual([]);
  });

  const cases: [string, (f: Files) => void, string][] = [
    [
      "an unknown capability",
      (f) => void ((list(f, "code.yaml", "questions")[1] as Item).capability = "nope"),
      'tiny/v1/code.yaml: questions[1].capability: unknown capability "nope" (not a capability of code)',
    ],
    [
      "an unknown risk",
      (f) => void ((list(f, "code.yaml", "questions")[0] as Item).risks = ["ghost"]),
      'tiny/v1/code.yaml: questions[0].risks[0]: unknown risk "ghost"',
    ],
    [
      "an unknown option in a context rule",
      (f) =>
        void ((list(f, "context.yaml", "rules")[0] as Item).when = {
          question: "team-size",
          anyOf: ["huge"],
        }),
      'tiny/v1/context.yaml: rules[0].when.anyOf[0]: unknown option "huge" of "team-size"',
    ],
    [
      "a duplicate question id",
      (f) => void ((list(f, "code.yaml", "questions")[1] as Item).id = "q-git"),
      'tiny/v1/code.yaml: questions[1].id: duplicate question id "q-git"',
    ],
    [
      "a duplicate option id",
      (f) =>
        void (((list(f, "code.yaml", "questions")[0] as Item).options as Item[])[1] = {
          id: "no",
          label: "Again",
          value: 1,
        }),
      'tiny/v1/code.yaml: questions[0].options[1].id: duplicate option id "no"',
    ],
    [
      "a step outside 1–4",
      (f) => void ((list(f, "code.yaml", "capabilities")[3] as Item).step = 5),
      "tiny/v1/code.yaml: capabilities[3].step: a step is 1–4 (L0→L1 … L3→L4)",
    ],
    [
      "a transition with no capability",
      (f) => void ((list(f, "code.yaml", "capabilities")[3] as Item).step = 3),
      "tiny/v1/code.yaml: capabilities: the transition L3→L4 of code has no capability",
    ],
    [
      "a level described twice",
      (f) => void ((list(f, "code.yaml", "levels")[4] as Item).level = 3),
      "tiny/v1/code.yaml: levels: levels must describe each of L0, L1, L2, L3 and L4 once",
    ],
    [
      "a question nobody can meet",
      (f) =>
        void ((list(f, "code.yaml", "questions")[0] as Item).options = [
          { id: "a", label: "A", value: 0 },
          { id: "b", label: "B", value: 0 },
        ]),
      "tiny/v1/code.yaml: questions[0].options: no option reaches the pass mark 1, so the question can never be met",
    ],
    [
      "a missing lens",
      (f) => void ((list(f, "code.yaml", "capabilities")[0] as Item).lenses = {}),
      'tiny/v1/code.yaml: capabilities[0].lenses: missing guidance for lens "plain"',
    ],
    [
      "an option value out of range",
      (f) =>
        void (((list(f, "code.yaml", "questions")[0] as Item).options as Item[])[1] = {
          id: "yes",
          label: "Yes",
          value: 7,
        }),
      "tiny/v1/code.yaml: questions[0].options[1].value: Too big: expected number to be <=3",
    ],
    [
      "an id that is not kebab-case",
      (f) => void ((list(f, "risks.yaml", "risks")[0] as Item).id = "Lost Code"),
      "tiny/v1/risks.yaml: risks[0].id: ids are lower-case words joined by '-' (e.g. 'data-versioning')",
    ],
    [
      "a risk mitigated by an unknown capability",
      (f) => void ((list(f, "risks.yaml", "risks")[1] as Item).mitigatedBy = ["magic"]),
      'tiny/v1/risks.yaml: risks[1].mitigatedBy[0]: unknown capability "magic"',
    ],
    ["a missing file", (f) => void delete f["risks.yaml"], "tiny/v1/risks.yaml: : file not found"],
    [
      "an unknown field",
      (f) => void ((f["code.yaml"] as Item).colour = "blue"),
      'tiny/v1/code.yaml: : Unrecognized key: "colour"',
    ],
  ];
  for (const [name, mutate, message] of cases) {
    it(`reports ${name}`, () => {
      expect(issuesOf(mutate)).toContain(message);
    });
  }

  it("reports invalid YAML with its line, and a folder that does not match the manifest", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "q-"));
    const folder = path.join(root, "tiny", "v1");
    fs.cpSync(FIXTURE, folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "risks.yaml"), "risks:\n  - { id: broken\n");
    expect(() => loadQuestionnaireFolder(folder, root)).toThrow(
      /risks\.yaml: \(top level\): invalid YAML at line \d+/,
    );
    fs.cpSync(FIXTURE, folder, { recursive: true });
    const renamed = path.join(root, "tiny", "v2");
    fs.renameSync(folder, renamed);
    expect(() => loadQuestionnaireFolder(renamed, root)).toThrow(
      /questionnaire\.yaml: id: id and version must match the folder <id>\/v<version> \(tiny\/v2\)/,
    );
  });
});
