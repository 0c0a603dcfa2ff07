import { describe, expect, it } from "vitest";
import { z } from "zod";
import { firstErrorOfEachField } from "@/lib/form";

describe("a refused form shows one message per field", () => {
  const schema = z.object({
    name: z
      .string()
      .min(2, "At least 2 characters.")
      .regex(/^[a-z]+$/, "Letters only."),
    scopes: z.array(z.enum(["read", "write"])).min(1, "Pick at least one."),
  });

  it("the first message of a field that breaks several rules", () => {
    const result = schema.safeParse({ name: "1", scopes: [] });
    expect(result.success).toBe(false);
    expect(firstErrorOfEachField(result.error?.issues ?? [])).toEqual({
      name: { message: "At least 2 characters." },
      scopes: { message: "Pick at least one." },
    });
  });

  it("an item's message under the item's path", () => {
    const result = schema.safeParse({ name: "ab", scopes: ["read", "delete"] });
    expect(Object.keys(firstErrorOfEachField(result.error?.issues ?? []))).toEqual(["scopes.1"]);
  });
});
