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

  it("has one row per recommendation, in plan order, with the lens's tools and the risks it closes", () => {
    const rows = planRows(buildResultView({ questionnaire: q, result, answers: [], lens: "databricks" }));
    expect(rows).toHaveLength(result.recommendations.length);
    for (const [i, rec] of result.recommendations.entries()) {
      const row = rows[i] ?? [];
      expect(row.length).toBe(PLAN_CSV_HEADER.length);
      expect(row[0]).toBe(rec.title);
      expect(row[2]).toBe(rec.object);
      expect(row[3]).toBe(`L${rec.step - 1} to L${rec.step}`);
      expect(row[5]).toBe(String(rec.rank));
      const guidance = rec.guidance.databricks;
      if (guidance) expect(row[1]).toContain(guidance.tools[0]);
    }
  });
});
