import { z } from "zod";

/** The small schemas that answers and forms share with the questionnaire files. */

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case words joined by '-' (e.g. 'data-versioning')");

export const objectIdSchema = z.enum(["data", "model", "code"]);
export type ObjectId = z.infer<typeof objectIdSchema>;

export const levelSchema = z.number().int().min(0).max(4);
export type Level = z.infer<typeof levelSchema>;

/** A transition is named by the level it reaches: step 1 is L0→L1, step 4 is L3→L4. */
export const stepSchema = z
  .number()
  .int()
  .min(1, "a step is 1–4 (L0→L1 … L3→L4)")
  .max(4, "a step is 1–4 (L0→L1 … L3→L4)");

export const naReasonSchema = z.enum([
  "out-of-scope",
  "business-priorities",
  "architecture-constraints",
  "other",
]);
export type NaReason = z.infer<typeof naReasonSchema>;
