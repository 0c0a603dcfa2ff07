import { z } from "zod";
import { ownershipModelSchema } from "@/domain/team";

/** The dashboard's URL: filters and sort, each optional; anything unknown falls back to the default. */

export const SORT_KEYS = [
  "name",
  "data",
  "model",
  "code",
  "weakest",
  "evidenced",
  "coverage",
  "mean",
  "assessed",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

// Filter values are matched in SQL as they are; control characters (Postgres refuses NUL) mean "no filter".
const optionalText = z
  .preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .max(120)
      .regex(/^[^\u0000-\u001f]*$/)
      .optional(),
  )
  .catch(undefined);

export const dashboardQuerySchema = z.object({
  unit: optionalText,
  ownership: z
    .preprocess((v) => (v === "" ? undefined : v), ownershipModelSchema.optional())
    .catch(undefined),
  version: optionalText,
  sort: z.enum(SORT_KEYS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});

/** Heatmap rows per page; the aggregates and the CSV always cover every team. */
export const TEAMS_PER_PAGE = 50;

/** Heatmap rows the one-page dashboard PDF shows; it counts the rest. */
export const DASHBOARD_PDF_ROWS = 22;

export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** The first value of each search parameter, as Next passes them to pages. */
export function firstValues(
  params: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

export const compareQuerySchema = z.object({
  team: z
    .array(z.uuid())
    .min(2, "Pick at least two teams to compare.")
    .max(5, "Compare at most five teams at once."),
});
