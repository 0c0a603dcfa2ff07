import { describe, expect, it } from "vitest";
import { breakableWord } from "@/components/pdf/style";
import { assessmentExportSchema, importDateProblem, type AssessmentExport } from "@/domain/scoring/exchange";
import { cleanDisplayName, displayNameSchema } from "@/domain/text";

/** What people may type, the same at every entry, and how long text fits a PDF page. */
describe("names", () => {
  const schema = displayNameSchema("name");
  it.each([
    ["Ada Lovelace", true],
    ["Команда Альфа", true],
    ["データチーム", true],
    ["A", false],
    ["x".repeat(81), false],
    ["Tab\there", false],
    ["Bidi \u202eevil", false],
    ["Isolate \u2066x\u2069", false],
    ["NUL\u0000", false],
  ])("%j accepted: %s", (name, ok) => {
    expect(schema.safeParse(name).success).toBe(ok);
  });

  it("cleans a provider's name instead of refusing it", () => {
    expect(cleanDisplayName("  Ada\u202e\nLovelace ")).toBe("Ada Lovelace");
    expect(cleanDisplayName("x".repeat(500))).toHaveLength(80);
    expect(cleanDisplayName("\u0001")).toBeNull();
  });
});

describe("dates in an imported assessment", () => {
  const base = {
    format: "mlops-maturity/assessment",
    formatVersion: 1,
    exportedAt: "2026-03-02T10:00:00.000Z",
    organization: { name: "Globex" },
    team: { name: "Vision", businessUnit: "Retail", ownershipModel: "shared", structure: "embedded" },
    questionnaire: { id: "mlops-maturity", version: "1", contentHash: "0".repeat(64) },
    assessment: {
      createdAt: "2026-03-01T10:00:00.000Z",
      submittedAt: "2026-03-01T12:00:00.000Z",
      targets: {},
    },
    answers: [],
  };
  const withDates = (createdAt: string, submittedAt: string, exportedAt = base.exportedAt) => ({
    ...base,
    exportedAt,
    assessment: { ...base.assessment, createdAt, submittedAt },
  });
  const parse = (data: unknown) =>
    assessmentExportSchema.safeParse({ ...(data as object), result: undefined });

  it.each([
    [
      "before 2000",
      withDates("0001-01-01T00:00:00.000Z", "2026-03-01T12:00:00.000Z"),
      /older than the year 2000/,
    ],
    [
      "submitted before created",
      withDates("2026-03-01T12:00:00.000Z", "2026-03-01T10:00:00.000Z"),
      /submitted before it was created/,
    ],
  ])("refuses an assessment %s", (_, data, message) => {
    const issues =
      parse(data)
        .error?.issues.map((i) => i.message)
        .join(" ") ?? "";
    expect(issues).toMatch(message);
  });

  it.each([
    [
      "submitted in the future",
      withDates("2026-03-01T10:00:00.000Z", "9999-12-31T00:00:00.000Z", "9999-12-31T00:00:00.000Z"),
      /in the future/,
    ],
    [
      "exported before it was submitted",
      withDates("2026-03-01T10:00:00.000Z", "2026-03-01T12:00:00.000Z", "2026-03-01T11:00:00.000Z"),
      /exported before/,
    ],
    ["in order", withDates("2026-03-01T10:00:00.000Z", "2026-03-01T12:00:00.000Z"), null],
  ])("given the server's clock, finds an assessment %s", (_, data, message) => {
    const problem = importDateProblem(data as unknown as AssessmentExport, new Date("2026-11-28T00:00:00Z"));
    if (message === null) expect(problem).toBeNull();
    else expect(problem).toMatch(message);
  });
});

describe("long text in the PDF", () => {
  it("keeps words whole and cuts runs longer than any word into pieces a line can break between", () => {
    expect(breakableWord("Kubeflow")).toEqual(["Kubeflow"]);
    const run = "a".repeat(100);
    expect(breakableWord(run).join("")).toBe(run);
    expect(breakableWord(run).every((piece) => piece.length <= 8)).toBe(true);
  });
});
