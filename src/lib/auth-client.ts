import { createAuthClient } from "better-auth/react";
import { NO_CONNECTION, type ApiResult } from "./api-client";

/**
 * better-auth's browser client: sign-up, sign-in, sign-out and password reset go through its typed
 * calls (served by app/api/auth on this origin). `authCall` turns their `{ data, error }` and a
 * lost connection into the same result as the app's own API calls.
 */
export const authClient = createAuthClient();

const TOO_MANY = "Too many attempts. Wait a minute, then try again.";
const SERVER_FAILED = "Something went wrong on our side. Please try again.";

type AuthReply<T> = { data: T | null; error: { status: number; message?: string; code?: string } | null };

export async function authCall<T>(call: () => Promise<AuthReply<T>>): Promise<ApiResult<T>> {
  let reply: AuthReply<T>;
  try {
    reply = await call();
  } catch {
    return { ok: false, status: 0, message: NO_CONNECTION };
  }
  if (!reply.error)
    return reply.data === null
      ? { ok: false, status: 500, message: SERVER_FAILED }
      : { ok: true, data: reply.data };
  const { status, message, code } = reply.error;
  return { ok: false, status, code, message: message || (status === 429 ? TOO_MANY : SERVER_FAILED) };
}
