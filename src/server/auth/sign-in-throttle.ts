import "server-only";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { db } from "@/server/db/client";

/**
 * Sign-ins are limited per account as well as per address: an account allows FAILURE_LIMIT
 * attempts without a success; further ones are refused until LOCK_MINUTES after the last allowed
 * one. Changing addresses (or forging X-Forwarded-For) does not help a password guesser.
 *
 * Every attempt is counted before the password is checked, in one statement under the row's lock,
 * so parallel guesses cannot slip past the count; a successful sign-in clears it. The counts live
 * in their own table (SignInAttempt), shared by every instance.
 */

export const FAILURE_LIMIT = 5;
export const LOCK_MINUTES = 15;
const SIGN_IN_PATH = "/sign-in/email";

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | null)?.email;
  // Anything that cannot be an address (control characters included) is left to better-auth to refuse.
  return typeof email === "string" && email.length > 0 && email.length <= 320 && !/[\u0000-\u001f]/.test(email) ? email.trim().toLowerCase() : null;
}

export const throttleFailedSignIns = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN_PATH) return;
  const email = emailOf(ctx.body);
  if (!email) return;
  await db().$executeRaw`INSERT INTO "SignInAttempt" (email, count, "lastAttemptAt") VALUES (${email}, 0, now()) ON CONFLICT (email) DO NOTHING`;
  // Counts this attempt unless the account is locked; the row lock makes parallel attempts take turns.
  const counted = await db().$executeRaw`
    UPDATE "SignInAttempt" SET
      count = CASE WHEN "lastAttemptAt" < now() - ${LOCK_MINUTES} * interval '1 minute' THEN 1 ELSE count + 1 END,
      "lastAttemptAt" = now()
    WHERE email = ${email} AND (count < ${FAILURE_LIMIT} OR "lastAttemptAt" < now() - ${LOCK_MINUTES} * interval '1 minute')`;
  if (counted === 1) return;
  const [lock] = await db().$queryRaw<{ minutesLeft: number }[]>`
    SELECT ceil(extract(epoch FROM ("lastAttemptAt" + ${LOCK_MINUTES} * interval '1 minute' - now())) / 60)::int AS "minutesLeft"
    FROM "SignInAttempt" WHERE email = ${email}`;
  const minutes = Math.max(1, lock?.minutesLeft ?? LOCK_MINUTES);
  throw new APIError("TOO_MANY_REQUESTS", {
    message: `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  });
});

export const clearSignInAttempts = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN_PATH || ctx.context.returned instanceof APIError) return;
  const email = emailOf(ctx.body);
  if (email) await db().signInAttempt.deleteMany({ where: { email } });
});
