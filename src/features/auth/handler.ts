import "server-only";
import { toNextJsHandler } from "better-auth/next-js";
import { readBodyLimited } from "@/lib/http/read-body";
import { tooLarge } from "@/lib/route";
import { auth } from "@/server/auth/auth";

/** Sign-in, sign-up and the rest carry a few fields; no body of theirs comes near this. */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

/**
 * better-auth's endpoints, behind the same streaming body limit as the app's own routes (better-auth
 * would read any body whole before looking at it).
 */
export function authHandler() {
  const handler = async (request: Request) => {
    if (request.method === "GET" || request.method === "HEAD") return auth().handler(request);
    const body = await readBodyLimited(request, MAX_AUTH_BODY_BYTES);
    if (!body.ok)
      return body.reason === "too-large"
        ? tooLarge()
        : Response.json({ message: "The request body could not be read." }, { status: 400 });
    const headers = new Headers(request.headers);
    headers.delete("transfer-encoding");
    headers.delete("content-length");
    return auth().handler(
      new Request(request.url, {
        method: request.method,
        headers,
        body: body.bytes.byteLength > 0 ? new Uint8Array(body.bytes) : null,
        signal: request.signal,
      }),
    );
  };
  return toNextJsHandler(handler);
}
