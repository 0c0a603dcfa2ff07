import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createElement, type ReactElement } from "react";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import { beforeAll, describe, expect, it } from "vitest";
import { answersFileSchema } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import { AssessmentReport } from "@/features/results/components/report-document";
import { roadmapOf } from "@/features/results/roadmap";
import { buildResultView } from "@/features/results/view";
import { loadV2 } from "../support/answers";

/**
 * The assessment PDF as a reader gets it: every page numbered with the running header and footer,
 * the roadmap table, the embedded DejaVu font (no Helvetica) printing "→"; the pages are saved as
 * PNG under tests/artifacts/pdf-unit/ to be looked at.
 */

const OUT = "tests/artifacts/pdf-unit";
const v2 = loadV2();
const file = answersFileSchema.parse(
  JSON.parse(fs.readFileSync("questionnaires/examples/typical-team.answers.json", "utf8")),
);
const result = scoreAssessment(v2, { answers: file.answers, targets: file.targets ?? {} });
const NOTED = v2.objects[0]?.questions[0]?.id;
const view = buildResultView({
  questionnaire: v2,
  result,
  answers: file.answers.map((answer) => ({
    questionId: answer.questionId,
    answer,
    note: answer.questionId === NOTED ? "Checked with the platform team → fine" : null,
    evidenceUrl: null,
  })),
  lens: null,
});

async function render(): Promise<string> {
  const pdf = await renderToBuffer(
    createElement(AssessmentReport, {
      paper: "A4",
      data: {
        organizationName: "Northwind Labs",
        teamName: "Credit Risk",
        submittedAt: new Date("2026-07-13T10:00:00Z"),
        questionnaire: { id: v2.id, version: v2.version },
        engineVersion: result.engineVersion,
        view,
        evidence: null,
        medians: {
          teams: 4,
          objects: {
            data: { score: 1.5, level: 1 },
            model: { score: 2.25, level: 2 },
            code: { score: 1, level: 1 },
          },
        },
        generatedAt: new Date("2026-07-14T10:00:00Z"),
      },
    }) as unknown as ReactElement<DocumentProps>, // the component renders a <Document>
  );
  fs.mkdirSync(OUT, { recursive: true });
  const pdfFile = path.join(OUT, "report.pdf");
  fs.writeFileSync(pdfFile, pdf);
  return pdfFile;
}

const pagesOf = (pdfFile: string) =>
  execFileSync("pdftotext", ["-layout", pdfFile, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);

describe("the assessment PDF", () => {
  let pdfFile = "";
  beforeAll(async () => {
    pdfFile = await render();
  }, 60_000);

  it("numbers every page and repeats the running header and footer on it", async () => {
    const pages = pagesOf(pdfFile);
    expect(pages.length).toBeGreaterThan(5);
    for (const [i, page] of pages.entries()) {
      const text = page.replace(/\s+/g, " ");
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).toContain("MLOps maturity report · Credit Risk · Northwind Labs");
      expect(text).toContain("Submitted 2026-07-13");
      expect(text).toContain(
        `Questionnaire ${v2.id} v${v2.version} · scoring engine ${result.engineVersion}`,
      );
    }
    execFileSync("pdftoppm", ["-png", "-r", "60", pdfFile, path.join(OUT, "page")]);
  }, 30_000);

  it("embeds DejaVu Sans and no Helvetica, and prints the arrows of the steps", async () => {
    const fonts = execFileSync("pdffonts", [pdfFile], { encoding: "utf8" });
    expect(fonts).toMatch(/DejaVuSans\s/);
    expect(fonts).toMatch(/DejaVuSans-Bold/);
    expect(fonts).not.toMatch(/Helvetica/);
    for (const line of fonts.split("\n").filter((l) => l.includes("DejaVu")))
      expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/); // embedded, subset
    const text = pagesOf(pdfFile).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("L0 → L1");
    expect(text).toContain("Checked with the platform team → fine");
    expect(text).not.toContain("->");
  });

  it("opens with the verdict and a scorecard with targets and the organisation median", async () => {
    const pages = pagesOf(pdfFile).map((p) => p.replace(/\s+/g, " "));
    const [cover, scorecard] = pages;
    expect(cover).toContain(`Weakest link: L${result.overall.weakestLevel}`);
    for (const item of view.plan.slice(0, 3)) expect(cover).toContain(`${item.rank}. ${item.title}`);
    if (view.realTest) expect(cover).toContain(`Your answer: “${view.realTest.answer}”`);
    expect(cover).not.toMatch(/[^.]\.\.(\s|$)/);
    expect(scorecard).toContain("Scorecard");
    for (const o of view.objects) {
      expect(scorecard).toMatch(new RegExp(`${o.title} L${o.level} ${o.score.toFixed(2)} L${o.target}`));
    }
    expect(scorecard).toMatch(/Data L2 2\.83 L3 1 level L1 \(score 1\.50\)/);
    expect(scorecard).toMatch(/Model L1 1\.90 L3 2 levels L2 \(score 2\.25\)/);
    expect(scorecard).toContain("each of the organisation's 4 teams");
  });

  it("lays the plan out as a Now / Next / Later table in the plan's order", async () => {
    const pages = pagesOf(pdfFile).map((p) => p.replace(/\s+/g, " "));
    const roadmapPage = pages.find((p) => p.includes("Roadmap: Now, Next, Later")) ?? "";
    expect(roadmapPage, "the roadmap fits on one page").toContain(
      `${view.plan.at(-1)?.rank} ${view.plan.at(-1)?.title}`,
    );
    const roadmap = roadmapOf(view);
    expect(roadmap.now.length).toBeGreaterThan(0);
    expect(roadmap.next.length).toBeGreaterThan(0);
    expect(roadmap.later.length).toBeGreaterThan(0);
    let at = 0;
    for (const bucket of ["now", "next", "later"] as const) {
      const heading = roadmapPage.indexOf(
        `${bucket[0]?.toUpperCase()}${bucket.slice(1)} ${roadmap[bucket].length} item`,
        at,
      );
      expect(heading, bucket).toBeGreaterThanOrEqual(at);
      at = heading;
      for (const item of roadmap[bucket]) {
        const row = roadmapPage.indexOf(`${item.rank} ${item.title}`, at);
        expect(row, item.title).toBeGreaterThan(at);
        at = row;
      }
    }
  });
});
