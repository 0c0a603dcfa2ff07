import type { IncomingHttpHeaders } from "node:http";
import type net from "node:net";
import { isTrusted, normaliseAddress, resolveClientAddress } from "./client-address";

/**
 * What every request meets before Next sees it (the app's own HTTP server applies it, see
 * server/http/app-server.ts): requests Next would answer with a 500 or a logged stack trace are
 * refused with a clear 4xx, declared bodies over the largest any route accepts are refused before
 * a byte is read, and the headers that name the client are rewritten so that only trusted proxies
 * can set them.
 */

/** The largest body any route accepts (an imported assessment); each route sets its own, smaller limit too. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Set by the gate on every request (a client's own value is dropped): the address the per-address limits count. */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

const FORWARDED_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
];

export interface Refusal {
  status: 400 | 413;
  message: string;
}

export function refusalOf(request: { url?: string; headers: IncomingHttpHeaders }): Refusal | null {
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, message: "The address is malformed (a % that does not start a valid escape)." };
  }
  // The app defines no server actions; Next would log a stack trace for every such request.
  if (request.headers["next-action"] !== undefined)
    return { status: 400, message: "This app has no server actions." };
  const length = request.headers["content-length"];
  if (length !== undefined && Number(length) > MAX_BODY_BYTES)
    return { status: 413, message: "The request is too large." };
  return null;
}

/**
 * Rewrites the client-naming headers in place: the resolved client address goes into
 * CLIENT_ADDRESS_HEADER, and X-Forwarded-* survive only when the peer is a trusted proxy.
 */
export function rewriteClientHeaders(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  trusted: net.BlockList | null,
): void {
  const peer = normaliseAddress(socketAddress ?? "");
  headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(peer, headers["x-forwarded-for"], trusted);
  if (!isTrusted(peer, trusted)) for (const name of FORWARDED_HEADERS) delete headers[name];
}
