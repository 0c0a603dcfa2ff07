import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { ACCOUNT_LOCKED } from "@/lib/auth-codes";
import { db } from "@/server/db/client";

/**
 * Sign-ins are limited per account as well as per address: an account allows FAILURE_LIMIT
 * attempts without a success; further ones are refused until LOCK_MINUTES after the last allowed
 * one. Changing addresses (or forging X-Forwarded-For) does not help a password guesser.
 *
 * Every attempt is counted before the password is checked, in one statement under the row's lock,
 * so parallel guesses cannot slip past the count; a successful sign-in clears it. The counts live
 * in their own table (SignInAttempt), shared by every instance.
 *
 * So that anyone who knows an address cannot lock its owner out, a browser that has signed in to
 * the account before carries a device cookie (OWASP's "device cookies" defence): its attempts are
 * counted apart from everyone else's, with the same limit, so a lock caused by strangers does not
 * stop it. A password reset clears every count of the account.
 */

export const FAILURE_LIMIT = 5;
export const LOCK_MINUTES = 15;
const SIGN_IN_PATH = "/sign-in/email";
const DEVICE_COOKIE = "device";
const DEVICE_DAYS = 180;

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | null)?.email;
  // Anything that cannot be an address (control characters included) is left to better-auth to refuse.
  return typeof email === "string" &&
    email.length > 0 &&
    email.length <= 320 &&
    !/[\u0000-\u001f]/.test(email)
    ? email.trim().toLowerCase()
    : null;
}

const accountTag = (email: string) => createHash("sha256").update(email).digest("hex").slice(0, 16);

type AuthContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** The counter an attempt belongs to: the account's, or the trusted device's own. */
async function counterKey(ctx: AuthContext, email: string): Promise<string> {
  const cookie = ctx.context.createAuthCookie(DEVICE_COOKIE);
  const value = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  if (!value) return email;
  const [tag, device, issuedAt] = value.split(".");
  const fresh = Number(issuedAt) * 1000 > Date.now() - DEVICE_DAYS * 24 * 60 * 60 * 1000;
  return tag === accountTag(email) && device && fresh ? `${email}#${device}` : email;
}

export const throttleFailedSignIns = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN_PATH) return;
  const email = emailOf(ctx.body);
  if (!email) return;
  const key = await counterKey(ctx, email);
  await db()
    .$executeRaw`INSERT INTO "SignInAttempt" (email, count, "lastAttemptAt") VALUES (${key}, 0, now()) ON CONFLICT (email) DO NOTHING`;
  // Counts this attempt unless the counter is locked; the row lock makes parallel attempts take turns.
  const counted = await db().$executeRaw`
    UPDATE "SignInAttempt" SET
      count = CASE WHEN "lastAttemptAt" < now() - ${LOCK_MINUTES} * interval '1 minute' THEN 1 ELSE count + 1 END,
      "lastAttemptAt" = now()
    WHERE email = ${key} AND (count < ${FAILURE_LIMIT} OR "lastAttemptAt" < now() - ${LOCK_MINUTES} * interval '1 minute')`;
  if (counted === 1) return;
  const [lock] = await db().$queryRaw<{ minutesLeft: number }[]>`
    SELECT ceil(extract(epoch FROM ("lastAttemptAt" + ${LOCK_MINUTES} * interval '1 minute' - now())) / 60)::int AS "minutesLeft"
    FROM "SignInAttempt" WHERE email = ${key}`;
  const minutes = Math.max(1, lock?.minutesLeft ?? LOCK_MINUTES);
  throw new APIError("TOO_MANY_REQUESTS", {
    code: ACCOUNT_LOCKED,
    message: `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or reset your password to sign in now.`,
  });
});

/** After a successful sign-in: clear the account's counts and mark this browser as a device of the account. */
export const clearSignInAttempts = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN_PATH || ctx.context.returned instanceof APIError) return;
  const email = emailOf(ctx.body);
  if (!email) return;
  await clearAttemptsOf(email);
  const cookie = ctx.context.createAuthCookie(DEVICE_COOKIE, { maxAge: DEVICE_DAYS * 24 * 60 * 60 });
  const value = `${accountTag(email)}.${randomBytes(12).toString("base64url")}.${Math.floor(Date.now() / 1000)}`;
  await ctx.setSignedCookie(cookie.name, value, ctx.context.secret, cookie.attributes);
});

/** Every count of an account, its devices' included (a password reset proves the owner). */
export async function clearAttemptsOf(email: string): Promise<void> {
  const key = email.trim().toLowerCase();
  await db().signInAttempt.deleteMany({
    where: { OR: [{ email: key }, { email: { startsWith: `${key}#` } }] },
  });
}
