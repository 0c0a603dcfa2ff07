/**
 * Reads a request's body up to a limit, counting while it streams: beyond the limit the route answers
 * at once and holds nothing more, so no route holds more than it accepts.
 */
export type LimitedBody = { ok: true; bytes: Buffer } | { ok: false; reason: "too-large" | "unreadable" };

export async function readBodyLimited(request: Request, maxBytes: number): Promise<LimitedBody> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes)
    return { ok: false, reason: "too-large" };
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void discardRest(reader);
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/**
 * Reads what the client still sends and drops it, while the answer goes out. Cancelling the stream
 * instead would destroy the connection under the answer, and the client could lose it to the reset;
 * the app's server closes a connection that goes on sending for too long (server/http/app-server.ts).
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    while (!(await reader.read()).done);
  } catch {
    // The connection closed: nothing left to discard.
  }
}
