import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import { answersFileSchema, type Answer } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import { ASSESSMENT_EXPORT_FORMAT } from "@/domain/scoring/exchange";
import type { AssessmentResult } from "@/domain/scoring/result";
import { withTeamContext } from "@/domain/scoring/team-context";
import { contentHash } from "@/server/questionnaires/content-hash";
import { loadV1, loadV2 } from "../support/answers";
import { expectNoAxeViolations, screenshotBothWidths } from "./support";

/**
 * Results across questionnaire versions: an assessment taken on v1 keeps engine 1's verdict and
 * still opens, exports and prints; v2 results for three teams from the calibration suite show the
 * engine's verdict (and are saved as screenshots at both widths).
 */

const PDF_DIR = "tests/artifacts/pdf";

test.describe.configure({ mode: "serial", timeout: 120_000 });
test.use({ storageState: { cookies: [], origins: [] } });

type Team = {
  name: string;
  ownershipModel: "hand_off" | "shared" | "end_to_end";
  structure: "centralised" | "hub_and_spoke" | "embedded";
};

function exportOf(
  questionnaire: Questionnaire,
  team: Team,
  answers: Answer[],
  targets: Record<string, number>,
) {
  const scored = withTeamContext(questionnaire, answers, team);
  return {
    format: ASSESSMENT_EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: "2026-06-02T10:00:00.000Z",
    organization: { name: "Elsewhere" },
    team: { ...team, businessUnit: "Lending" },
    questionnaire: {
      id: questionnaire.id,
      version: questionnaire.version,
      contentHash: contentHash(questionnaire),
    },
    assessment: { createdAt: "2026-05-28T09:00:00.000Z", submittedAt: "2026-06-01T16:30:00.000Z", targets },
    answers: scored.map((answer) => ({
      questionId: answer.questionId,
      answer,
      note: null,
      evidenceUrl: null,
    })),
    result: scoreAssessment(questionnaire, { answers: scored, targets }),
  };
}

let request: APIRequestContext;
let organizationId = "";

async function importExport(data: ReturnType<typeof exportOf>): Promise<string> {
  const response = await request.post(`/api/organizations/${organizationId}/imports`, { data });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { data: { assessmentId: string } }).data.assessmentId;
}

test.beforeAll(async ({ playwright, baseURL }) => {
  request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL ?? "" } });
  const signUp = await request.post("/api/auth/sign-up/email", {
    data: { name: "Vera Versions", email: "vera@versions.example", password: "versions-password-1" },
  });
  expect(signUp.status(), await signUp.text()).toBe(200);
  const created = await request.post("/api/organizations", { data: { name: "Versions Ltd" } });
  expect(created.status(), await created.text()).toBe(200);
  const body = (await created.json()) as { data?: { id: string }; id?: string };
  organizationId = body.data?.id ?? body.id ?? "";
});

test.afterAll(async () => {
  await request.dispose();
});

test("an assessment taken on questionnaire v1 keeps engine 1's verdict: it opens, exports and prints", async ({
  page,
}) => {
  const v1 = loadV1();
  const file = answersFileSchema.parse(
    JSON.parse(fs.readFileSync("questionnaires/examples/typical-team-v1.answers.json", "utf8")),
  );
  const data = exportOf(
    v1,
    { name: "Legacy Scoring", ownershipModel: "shared", structure: "embedded" },
    file.answers,
    file.targets ?? {},
  );
  expect(data.result.engineVersion).toBe("1.0.0");
  const assessmentId = await importExport(data);

  const exported = (await (await request.get(`/api/assessments/${assessmentId}/export.json`)).json()) as {
    result: AssessmentResult;
    questionnaire: { version: string };
  };
  expect(exported.questionnaire.version).toBe("1");
  expect(exported.result).toEqual(data.result);

  await page.context().addCookies((await request.storageState()).cookies);
  await page.goto(`/assessments/${assessmentId}/results`);
  for (const o of data.result.objects)
    await expect(page.getByTestId(`level-${o.object}`)).toHaveText(`L${o.level} score ${o.score.toFixed(2)}`);
  await expect(page.getByTestId("weakest-link")).toContainText(`L${data.result.overall.weakestLevel}`);
  for (const risk of data.result.risks.slice(0, 3))
    await expect(page.getByText(risk.title).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const pdf = await request.get(`/api/assessments/${assessmentId}/report.pdf`);
  expect(pdf.status()).toBe(200);
  fs.mkdirSync(PDF_DIR, { recursive: true });
  const pdfFile = path.join(PDF_DIR, "report-v1.pdf");
  fs.writeFileSync(pdfFile, await pdf.body());
  const text = execFileSync("pdftotext", [pdfFile, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("scoring engine 1.0.0");
  expect(text).toContain("Legacy Scoring");
  for (const o of data.result.objects) expect(text).toContain(`L${o.level} (score ${o.score.toFixed(2)})`);

  const csv = await request.get(`/api/assessments/${assessmentId}/plan.csv`);
  expect(csv.status()).toBe(200);
  const plan = await csv.text();
  expect(data.result.recommendations.length).toBeGreaterThan(0);
  for (const rec of data.result.recommendations) expect(plan).toContain(rec.title);
});

const PROFILES: { file: string; team: Team }[] = [
  { file: "early-team", team: { name: "Early Churn", ownershipModel: "hand_off", structure: "embedded" } },
  {
    file: "hub-and-spoke-shared",
    team: { name: "Hub Pricing", ownershipModel: "shared", structure: "hub_and_spoke" },
  },
  {
    file: "elite-informal-basics",
    team: { name: "Elite Ranking", ownershipModel: "end_to_end", structure: "embedded" },
  },
];

for (const { file, team } of PROFILES) {
  test(`results of a calibration team (${file}) show the engine's verdict at both widths`, async ({
    page,
  }) => {
    const v2 = loadV2();
    const answers = answersFileSchema.parse(
      JSON.parse(fs.readFileSync(`tests/calibration/answers/${file}.json`, "utf8")),
    );
    const byId = new Map(answers.answers.map((a) => [a.questionId, a]));
    const context = (id: string) => {
      const answer = byId.get(id);
      return answer?.kind === "option" ? answer.optionId.replace(/-/g, "_") : undefined;
    };
    const settings: Team = {
      name: team.name,
      ownershipModel:
        (context("ownership-model") as Team["ownershipModel"] | undefined) ?? team.ownershipModel,
      structure: (context("team-structure") as Team["structure"] | undefined) ?? team.structure,
    };
    const data = exportOf(v2, settings, answers.answers, { data: 3, model: 3, code: 3 });
    const assessmentId = await importExport(data);

    await page.context().addCookies((await request.storageState()).cookies);
    await page.goto(`/assessments/${assessmentId}/results`);
    for (const o of data.result.objects) {
      await expect(page.getByTestId(`level-${o.object}`)).toHaveText(
        o.level === null
          ? `Not assessable score ${o.score.toFixed(2)}`
          : `L${o.level} score ${o.score.toFixed(2)}`,
      );
    }
    const weakest = data.result.overall.weakestLevel;
    await expect(page.getByTestId("weakest-link")).toContainText(
      weakest === null ? "not assessable" : `L${weakest}`,
    );
    await expect(page.getByTestId("real-test")).toContainText(
      data.result.overall.realTest?.passed ? "passed" : "not passed",
    );
    const top = data.result.risks[0];
    if (top) await expect(page.getByText(top.title).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshotBothWidths(page, `results-${file}`);
  });
}
