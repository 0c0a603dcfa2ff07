import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { auth } from "./auth";

/**
 * The session token a request's cookie carries, once its signature (HMAC-SHA256 with AUTH_SECRET,
 * as better-auth signs it) checks out, or null. This proves only that this server's secret signed
 * the token at some point; whether the session still exists, has not expired and belongs to whom
 * is for the database to say, in the same statement as the work (see saveAnswerWithSession).
 * No database is read here.
 */
let cookieConfig: Promise<{ name: string; secret: string }> | null = null;

function config(): Promise<{ name: string; secret: string }> {
  cookieConfig ??= auth().$context.then((context) => ({
    name: context.authCookies.sessionToken.name,
    secret: context.secret,
  }));
  return cookieConfig;
}

export async function signedSessionToken(headers: Headers): Promise<string | null> {
  const cookies = headers.get("cookie");
  if (!cookies) return null;
  const { name, secret } = await config();
  const raw = cookieValue(cookies, name);
  if (!raw) return null;
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : null;
}

function cookieValue(header: string, name: string): string | null {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
