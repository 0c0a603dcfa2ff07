/**
 * Reads a request's body up to a limit, counting while it streams: a body declared or sent in
 * chunks beyond the limit is cancelled at the limit, so no route holds more than it accepts.
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
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
