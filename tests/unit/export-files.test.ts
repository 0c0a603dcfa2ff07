import { describe, expect, it } from "vitest";
import { attachment, exportFileName } from "@/lib/export-files";

describe("export file names", () => {
  const date = new Date("2026-07-13T22:30:00Z");

  it.each([
    ["Credit Risk", "results", "pdf", "credit-risk-results-2026-07-13.pdf"],
    ["Équipe Données & IA", "plan", "csv", "equipe-donnees-ia-plan-2026-07-13.csv"],
    ['"; rm -rf / \u202e', "dashboard", "csv", "rm-rf-dashboard-2026-07-13.csv"],
    ["???", "assessment", "json", "export-assessment-2026-07-13.json"],
  ] as const)("%s %s → %s", (subject, what, extension, expected) => {
    expect(exportFileName(subject, what, date, extension)).toBe(expected);
  });

  it("keeps long names short and never ends a part on a hyphen", () => {
    const name = exportFileName("a".repeat(59) + " b", "plan", date, "csv");
    expect(name).toBe(`${"a".repeat(59)}-plan-2026-07-13.csv`);
  });

  it("quotes a name in the Content-Disposition header", () => {
    expect(attachment("x-plan-2026-07-13.csv")).toBe('attachment; filename="x-plan-2026-07-13.csv"');
  });
});
