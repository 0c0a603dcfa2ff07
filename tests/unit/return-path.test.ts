import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/paths";

/** Sign-in sends people back where they were going, and never to another site. */
describe("the return path after sign-in", () => {
  it.each([
    ["/assessments/1/results?lens=databricks#plan", "/assessments/1/results?lens=databricks#plan"],
    ["/", "/"],
    ["//evil.example", "/"],
    ["/\t/evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    ["/.//evil.example/x", "/"],
    ["/..//evil.example", "/"],
    ["/a/../..//evil.example", "/"],
    ["/%2e//evil.example", "/"],
    ["/./settings", "/settings"],
    [null, "/"],
    [["/a", "/b"], "/"],
  ])("%j → %j", (next, expected) => {
    expect(safeReturnPath(next)).toBe(expected);
  });
});
