import { describe, expect, it } from "vitest";
import { scoreAssessment } from "@/domain/scoring/engine";
import { PLAN_CSV_HEADER, planRows } from "@/features/results/exports";
import { buildResultView } from "@/features/results/view";
import { toCsv } from "@/lib/csv";
import { loadV1 } from "../support/answers";

describe("CSV", () => {
  it("quotes commas, quotes and line breaks, and ends every row with CRLF", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["two\nlines", null],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"two\nlines",\r\n');
  });

  it("neutralises cells a spreadsheet would run as formulas, but keeps negative numbers", () => {
    expect(toCsv(["v"], [['=HYPERLINK("x")'], ["+1+1"], ["@SUM(A1)"], ["-0.43"], [-2]])).toBe(
      'v\r\n"\'=HYPERLINK(""x"")"\r\n\'+1+1\r\n\'@SUM(A1)\r\n-0.43\r\n-2\r\n',
    );
  });
});

describe("the plan as backlog rows", () => {
  const q = loadV1();
  const answers = q.objects.flatMap((o) =>
    o.questions.map((question) => ({
      questionId: question.id,
      kind: "option" as const,
      optionId: question.options[0]?.id ?? "",
    })),
  );
  const result = scoreAssessment(q, { answers });

  const source = { teamName: "Credit Risk", submittedAt: new Date("2026-07-13T16:30:00Z") };
  const column = (name: (typeof PLAN_CSV_HEADER)[number]) => PLAN_CSV_HEADER.indexOf(name);

  it("has one row per recommendation, in plan order, with the lens's tools and the risks it closes", () => {
    const rows = planRows(
      buildResultView({ questionnaire: q, result, answers: [], lens: "databricks" }),
      source,
    );
    expect(rows).toHaveLength(result.recommendations.length);
    for (const [i, rec] of result.recommendations.entries()) {
      const row = rows[i] ?? [];
      expect(row.length).toBe(PLAN_CSV_HEADER.length);
      expect(row[column("Title")]).toBe(rec.title);
      expect(row[column("Level step")]).toBe(`L${rec.step - 1} → L${rec.step}`);
      expect(row[column("Rank")]).toBe(String(rec.rank));
      const guidance = rec.guidance.databricks;
      if (guidance) expect(row[column("Description")]).toContain(guidance.tools[0]);
    }
  });

  it("names the team and the ISO date on every row, and objects and priorities by their labels", () => {
    const rows = planRows(buildResultView({ questionnaire: q, result, answers: [], lens: null }), source);
    const titles = new Map(q.objects.map((o) => [o.id, o.title]));
    for (const [i, rec] of result.recommendations.entries()) {
      const row = rows[i] ?? [];
      expect(row[column("Team")]).toBe("Credit Risk");
      expect(row[column("Assessment date")]).toBe("2026-07-13");
      expect(row[column("Object")]).toBe(titles.get(rec.object));
      expect(row[column("Priority")]).toMatch(/^(High|Medium|Low)$/);
    }
  });
});
