import "server-only";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { db } from "@/server/db/client";

/**
 * Failed sign-ins are throttled per account as well as per address: after FAILURE_LIMIT wrong
 * passwords within FAILURE_WINDOW_MS, that e-mail cannot sign in until the window has passed.
 * Rotating addresses (or forging X-Forwarded-For) therefore does not help a password guesser.
 * The count lives in the shared RateLimit table, so every instance sees it.
 */

export const FAILURE_LIMIT = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const SIGN_IN_PATH = "/sign-in/email";

const keyOf = (email: string) => `sign-in-failures|${email.trim().toLowerCase()}`;

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | null)?.email;
  // Anything that cannot be an address (control characters included) is left to better-auth to refuse.
  return typeof email === "string" && email.length > 0 && email.length <= 320 && !/[\u0000-\u001f]/.test(email) ? email : null;
}

export const throttleFailedSignIns = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN_PATH) return;
  const email = emailOf(ctx.body);
  if (!email) return;
  const row = await db().rateLimit.findUnique({ where: { key: keyOf(email) }, select: { count: true, lastRequest: true } });
  const since = Date.now() - Number(row?.lastRequest ?? 0);
  if (row && row.count >= FAILURE_LIMIT && since < FAILURE_WINDOW_MS) {
    const minutes = Math.ceil((FAILURE_WINDOW_MS - since) / 60_000);
    throw new APIError("TOO_MANY_REQUESTS", {
      message: `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or reset your password.`,
    });
  }
});

export const countFailedSignIns = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN_PATH) return;
  const email = emailOf(ctx.body);
  if (!email) return;
  const key = keyOf(email);
  const failed = ctx.context.returned instanceof APIError && ctx.context.returned.statusCode === 401;
  if (!failed) {
    if (!(ctx.context.returned instanceof APIError)) await db().rateLimit.deleteMany({ where: { key } });
    return;
  }
  const now = BigInt(Date.now());
  const windowStart = now - BigInt(FAILURE_WINDOW_MS);
  // One statement: concurrent failures each count.
  await db().$executeRaw`
    INSERT INTO "RateLimit" (id, key, count, "lastRequest") VALUES (gen_random_uuid()::text, ${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."lastRequest" < ${windowStart} THEN 1 ELSE "RateLimit".count + 1 END,
      "lastRequest" = ${now}`;
});
