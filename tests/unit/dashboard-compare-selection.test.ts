import { describe, expect, it } from "vitest";
import { compareSelectionProblem } from "@/features/dashboard/compare-selection";

describe("the dashboard's Compare button", () => {
  it.each([
    [0, "Tick two to five teams to compare them (none ticked)."],
    [1, "Tick two to five teams to compare them (one ticked)."],
    [2, null],
    [5, null],
    [6, "Compare at most five teams at once (6 ticked)."],
  ])("with %i teams ticked says %s", (ticked, problem) => {
    expect(compareSelectionProblem(ticked)).toBe(problem);
  });
});
