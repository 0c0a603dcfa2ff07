import { z } from "zod";

/**
 * What every JSON route of the app answers, and what the browser reads: the data, or a message
 * for the user with the field each input problem belongs to.
 */
export type FieldErrors = Partial<Record<string, string[]>>;

export type Reply<T> =
  { ok: true; data: T } | { ok: false; message: string; code?: string; fieldErrors?: FieldErrors };

/** A reply's envelope; the browser then parses `data` with the route's own response schema. */
export const replyEnvelopeSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    message: z.string(),
    code: z.string().optional(),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  }),
]);
