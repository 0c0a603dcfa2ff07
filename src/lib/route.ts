import { z } from "zod";
import { AppError, HTTP_STATUS } from "./errors";
import { readBodyLimited } from "./http/read-body";
import type { FieldErrors, Reply } from "./result";

/**
 * The one pipeline of every JSON route handler: parse the body with zod → run → answer. Bad input
 * and expected failures get a 4xx with a message for the user; anything else is logged and
 * answered with a generic 500 that reveals nothing.
 */
export type RouteResult<T> = Reply<T>;

const MAX_BODY_BYTES = 64 * 1024;

export async function handleJson<S extends z.ZodType, T>(
  request: Request,
  schema: S,
  run: (input: z.infer<S>) => Promise<T>,
  options: { maxBytes?: number } = {},
): Promise<Response> {
  const parsed = await parseJsonBody(request, schema, options);
  return parsed.ok ? respond(() => run(parsed.data)) : parsed.response;
}

/** The first half of handleJson: the body read within its limit and parsed by zod, or the 400/413 answer. */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: { maxBytes?: number } = {},
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  const read = await readBodyLimited(request, options.maxBytes ?? MAX_BODY_BYTES);
  if (!read.ok)
    return {
      ok: false,
      response: read.reason === "too-large" ? tooLarge() : fail(400, "The request body could not be read."),
    };
  let body: unknown;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
    body = text === "" ? {} : JSON.parse(text);
  } catch {
    return { ok: false, response: fail(400, "The request body is not valid JSON.") };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join(".")}: ` : "";
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as FieldErrors;
    return {
      ok: false,
      response: Response.json(
        {
          ok: false,
          message: `Invalid input: ${where}${(first?.message ?? "malformed").replace(/[.!?]?$/, ".")}`,
          fieldErrors,
        } satisfies RouteResult<never>,
        { status: 400 },
      ),
    };
  }
  return { ok: true, data: parsed.data };
}

export async function respond<T>(run: () => Promise<T>): Promise<Response> {
  try {
    return Response.json({ ok: true, data: await run() } satisfies RouteResult<T>);
  } catch (error) {
    if (error instanceof AppError) return fail(HTTP_STATUS[error.code], error.userMessage);
    console.error(error);
    return fail(500, "Something went wrong on our side. Nothing was changed; please try again.");
  }
}

export function notFound(message: string): Response {
  return fail(404, message);
}

export function failure(status: 401 | 403 | 404 | 409, message: string): Response {
  return fail(status, message);
}

/**
 * 413 as soon as the limit is passed; the app's server discards the rest of the body for a moment
 * and then closes the connection (server/http/app-server.ts, lingering close).
 */
export function tooLarge(): Response {
  return fail(413, "The request is too large.");
}

function fail(status: number, message: string): Response {
  return Response.json({ ok: false, message } satisfies RouteResult<never>, { status });
}
