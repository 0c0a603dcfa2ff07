import { NO_CONNECTION, type ApiResult } from "./api-client";
import type { authClient } from "./better-auth-client";

/**
 * Sign-up, sign-in, sign-out and password reset go through better-auth's typed browser client
 * (served by app/api/auth on this origin), which `authCall` imports on the first call rather than
 * with the page. It turns the client's `{ data, error }`, a lost connection and a client that could
 * not be loaded into the same result as the app's own API calls.
 */

const TOO_MANY = "Too many attempts. Wait a minute, then try again.";
const SERVER_FAILED = "Something went wrong on our side. Please try again.";

type AuthReply<T> = { data: T | null; error: { status: number; message?: string; code?: string } | null };

export async function authCall<T>(
  call: (client: typeof authClient) => Promise<AuthReply<T>>,
): Promise<ApiResult<T>> {
  let reply: AuthReply<T>;
  try {
    const loaded = await import("./better-auth-client");
    reply = await call(loaded.authClient);
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
