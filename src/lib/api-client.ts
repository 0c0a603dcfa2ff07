import type { z } from "zod";
import type { Reply } from "./result";

/**
 * The browser's side of the app's JSON API: one call, one result that never throws. Each reply is
 * parsed with the route's response schema (from the feature's schemas.ts), so what a component
 * reads is what the schema says, not what a cast hopes. The schemas (and zod with them) are
 * imported by the call, `reply: () => import("../schemas").then((m) => m.doneReply)`, so that a
 * page loads them when the user first acts rather than with the page.
 */

/** A route's refusal as the browser sees it: the reply's message and field errors, with the HTTP status (0 when the server could not be reached). */
export type ApiFailure = Extract<Reply<never>, { ok: false }> & { status: number };

/** The route's reply (one type, lib/result.ts), its failures carrying the status. */
export type ApiResult<T> = Extract<Reply<T>, { ok: true }> | ApiFailure;

export const NO_CONNECTION =
  "No connection to the server. Check your network and try again; nothing was changed.";
const SERVER_FAILED = "Something went wrong on our side. Please try again.";

type ApiPath = `/api/${string}`;

export async function callApi<S extends z.ZodType>(
  url: ApiPath,
  options: {
    method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    body?: unknown;
    reply: () => Promise<S>;
  },
): Promise<ApiResult<z.output<S>>> {
  // The schemas load before the request is sent: when they cannot, nothing has been sent either.
  const schemas = await Promise.all([
    import("./result").then((m) => m.replyEnvelopeSchema),
    options.reply(),
  ]).catch(() => null);
  if (!schemas) return { ok: false, status: 0, message: NO_CONNECTION };
  const [replyEnvelopeSchema, replySchema] = schemas;
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? "POST",
      headers: options.body === undefined ? {} : { "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    return { ok: false, status: 0, message: NO_CONNECTION };
  }
  const envelope = replyEnvelopeSchema.safeParse(await response.json().catch(() => null));
  if (!envelope.success) return { ok: false, status: response.status, message: SERVER_FAILED };
  const reply = envelope.data;
  if (!reply.ok)
    return {
      ok: false,
      status: response.status,
      message: reply.message,
      code: reply.code,
      fieldErrors: reply.fieldErrors,
    };
  const data = replySchema.safeParse(reply.data);
  return response.ok && data.success
    ? { ok: true, data: data.data }
    : { ok: false, status: response.status, message: SERVER_FAILED };
}
