import http from "node:http";

/**
 * HTTP requests from a chosen loopback address (127.0.0.0/8 is all this machine): the per-address
 * limits see a different client per address, as they would see different machines, without any
 * header a client could forge.
 */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export function requestFrom(
  from: string,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? "GET", headers: options.headers, localAddress: from }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

export function postJsonFrom(from: string, url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const origin = new URL(url).origin;
  return requestFrom(from, url, { method: "POST", headers: { "content-type": "application/json", origin, ...headers }, body: JSON.stringify(body) });
}

/**
 * Streams `megabytes` of body in chunks without a content-length (or with one, `declared`), and
 * resolves with the status as soon as the server answers; sending stops then.
 */
export function streamBodyTo(url: string, megabytes: number, options: { declared?: boolean; headers?: Record<string, string> } = {}): Promise<{ status: number; sentBytes: number }> {
  const total = megabytes * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const headers = { "content-type": "application/json", origin: new URL(url).origin, ...(options.declared ? { "content-length": String(total) } : {}), ...options.headers };
    const request = http.request(url, { method: "POST", headers }, (response) => {
      answered = true;
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, sentBytes: sent }));
    });
    request.on("error", (error: NodeJS.ErrnoException) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      request.end();
    };
    pump();
  });
}
