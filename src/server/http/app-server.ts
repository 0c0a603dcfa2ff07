import http from "node:http";
import { parseTrustedProxies } from "@/lib/http/client-address";
import { refusalOf, rewriteClientHeaders } from "@/lib/http/request-gate";
import { DATA_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "@/lib/security-headers";

/**
 * The app's HTTP server: Next's request handler behind the request gate (lib/http/request-gate.ts).
 * `next start` would hand Next the raw request, in which a client's own X-Forwarded-For decides its
 * address and a malformed URL becomes a 500; this server settles both before Next runs.
 */
export interface ServeOptions {
  dev: boolean;
  port: number;
  trustedProxies: string | undefined;
  /** Served over https (APP_URL): browsers are told to keep to https (HSTS). */
  https: boolean;
}

/** How long a client may go on sending a body that was answered before it arrived (a 413, say). */
const LINGER_MS = 5_000;

/**
 * A response that ends before its request's body has arrived (a 413 at the limit) leaves the client
 * still sending. Closing the connection then would reset it, and a reset can destroy the answer
 * before the client has read it. So what follows is read and discarded, never held (Node dumps an
 * unread body), for at most LINGER_MS; then the connection closes (nginx calls it lingering close).
 */
function closeAfterLingering(request: http.IncomingMessage, response: http.ServerResponse): void {
  response.once("finish", () => {
    if (request.complete) return;
    const socket = request.socket;
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    request.once("end", () => clearTimeout(timer));
    socket.once("close", () => clearTimeout(timer));
  });
}

export async function serveApp(options: ServeOptions): Promise<http.Server> {
  // Imported here, after the caller has set NODE_ENV, which decides the React build Next loads.
  const { default: next } = await import("next");
  const app = next({ dev: options.dev, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const upgrade = app.getUpgradeHandler();
  const trusted = parseTrustedProxies(options.trustedProxies);

  const server = http.createServer((request, response) => {
    closeAfterLingering(request, response);
    if (options.https) response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    const refusal = refusalOf(request);
    if (refusal) {
      if (refusal.status === 400 && request.headers["next-action"] !== undefined) {
        console.warn(
          `Refused a request to ${request.url ?? "/"}: it names a server action, and this app has none.`,
        );
      }
      for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
      response.writeHead(refusal.status, {
        "content-type": "application/json",
        "content-security-policy": DATA_CONTENT_SECURITY_POLICY,
      });
      response.end(JSON.stringify({ ok: false, message: refusal.message }));
      return;
    }
    rewriteClientHeaders(request.headers, request.socket.remoteAddress, trusted);
    void handle(request, response);
  });
  server.on("upgrade", (request, socket, head) => {
    rewriteClientHeaders(request.headers, request.socket.remoteAddress, trusted);
    void upgrade(request, socket, head);
  });
  // A client that trickles its headers or body is cut off rather than holding a connection open.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve());
  });
  return server;
}
