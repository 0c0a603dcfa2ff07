import http from "node:http";
import net from "node:net";

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
    const request = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers, localAddress: from },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

export function postJsonFrom(
  from: string,
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const origin = new URL(url).origin;
  return requestFrom(from, url, {
    method: "POST",
    headers: { "content-type": "application/json", origin, ...headers },
    body: JSON.stringify(body),
  });
}

/**
 * Streams `megabytes` of body, chunked (or with a declared length, `declared`), over a raw socket,
 * and resolves with the status as soon as the server answers; sending stops then. (A server may
 * close the connection after refusing a body; an HTTP client would report the broken pipe of its
 * next write instead of the answer that arrived before it.)
 */
export function streamBodyTo(
  url: string,
  megabytes: number,
  options: { declared?: boolean; headers?: Record<string, string> } = {},
): Promise<{ status: number; sentBytes: number }> {
  const target = new URL(url);
  const total = megabytes * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const framed = options.declared
    ? chunk
    : Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]);
  const headers = {
    host: target.host,
    "content-type": "application/json",
    origin: target.origin,
    ...(options.declared ? { "content-length": String(total) } : { "transfer-encoding": "chunked" }),
    ...options.headers,
  };
  const head = `POST ${target.pathname}${target.search} HTTP/1.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n")}\r\n\r\n`;
  return new Promise((resolve, reject) => {
    let sent = 0;
    let received = "";
    let answered = false;
    const socket = net.connect(Number(target.port), target.hostname, () => {
      socket.write(head);
      pump();
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!socket.write(framed)) return void socket.once("drain", pump);
      }
      if (!answered && !options.declared) socket.write("0\r\n\r\n");
    };
    socket.on("data", (data: Buffer) => {
      received += data.toString("latin1");
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (status && !answered) {
        answered = true;
        socket.destroy();
        resolve({ status: Number(status[1]), sentBytes: sent });
      }
    });
    socket.on("error", (error) =>
      answered ? undefined : setTimeout(() => (answered ? undefined : reject(error)), 1_000),
    );
    socket.on("close", () =>
      answered
        ? undefined
        : setTimeout(
            () => (answered ? undefined : reject(new Error(`closed without an answer after ${sent} bytes`))),
            1_000,
          ),
    );
  });
}

/**
 * Goes on sending a chunked body after the server has answered, as a hostile client would, and
 * resolves when the server closes the connection: with the status and how long after the answer.
 */
export function sendPastTheAnswer(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; closedAfterMs: number }> {
  const target = new URL(url);
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const framed = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]);
  const head = `POST ${target.pathname} HTTP/1.1\r\n${Object.entries({
    host: target.host,
    "content-type": "application/json",
    "transfer-encoding": "chunked",
    ...headers,
  })
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n")}\r\n\r\n`;
  return new Promise((resolve, reject) => {
    let received = "";
    let answeredAt = 0;
    const socket = net.connect(Number(target.port), target.hostname, () => socket.write(head));
    const sending = setInterval(() => socket.writable && socket.write(framed), 5);
    socket.on("data", (data: Buffer) => {
      received += data.toString("latin1");
      if (!answeredAt && /^HTTP\/1\.1 \d{3}/.test(received)) answeredAt = Date.now();
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(sending);
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (!status) reject(new Error("closed without an answer"));
      else resolve({ status: Number(status[1]), closedAfterMs: Date.now() - answeredAt });
    });
  });
}
