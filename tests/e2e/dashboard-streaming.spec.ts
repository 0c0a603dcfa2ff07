import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startAppServer, type AppServer } from "../support/app-server";
import { NORTHWIND_ID, PERSONAS, signIn } from "./auth";
import { sparePort } from "./support";

/**
 * The dashboard streams: the page does not wait for its slowest widget. A server of this test's own
 * holds the aggregate widgets back (DASHBOARD_WIDGET_DELAY_MS), so the order is certain: the
 * table's HTML arrives while the progress widget still shows its skeleton, and the widget's
 * content follows later in the same response.
 */

const DELAY_MS = 3000;
let server: AppServer;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-streaming-"));
  server = await startAppServer({
    port: sparePort(94),
    env: { DATA_DIR: dataDir, DASHBOARD_WIDGET_DELAY_MS: String(DELAY_MS) },
  });
});

test.afterAll(async () => {
  await server?.kill();
});

test("the dashboard's table arrives before a slow widget, which streams in after its skeleton", async ({
  playwright,
}) => {
  const context = await playwright.request.newContext({ baseURL: server.baseURL });
  await signIn(context, server.baseURL, PERSONAS.manager);
  const cookie = (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  await context.dispose();

  const response = await fetch(`${server.baseURL}/organizations/${NORTHWIND_ID}/dashboard`, {
    headers: { cookie, accept: "text/html" },
  });
  expect(response.status).toBe(200);
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  const decoder = new TextDecoder();
  const started = Date.now();
  let html = "";
  // When (ms after the request) each marker first appeared in the stream, and what had arrived by then.
  const seen = new Map<string, { at: number; before: string }>();
  const markers = [
    'data-testid="heatmap"',
    'data-testid="progress-skeleton"',
    'data-testid="progress-widget"',
  ];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const before = html;
    html += decoder.decode(value, { stream: true });
    for (const marker of markers)
      if (!seen.has(marker) && html.includes(marker)) seen.set(marker, { at: Date.now() - started, before });
  }

  const table = seen.get(markers[0] ?? "");
  const skeleton = seen.get(markers[1] ?? "");
  const widget = seen.get(markers[2] ?? "");
  expect(table, "the table is in the page").toBeDefined();
  expect(skeleton, "the progress widget's skeleton is sent first").toBeDefined();
  expect(widget, "the progress widget's content follows").toBeDefined();
  // The table was sent while the slow widget had sent nothing but its skeleton...
  expect(html.indexOf(markers[1] ?? "")).toBeLessThan(html.indexOf(markers[2] ?? ""));
  expect(table?.at ?? Infinity).toBeLessThan(widget?.at ?? 0);
  // The clock starts when the headers arrive, after the server began holding the widget back, so
  // the gap is somewhat under the delay; half of it still rules out one response sent at the end.
  expect((widget?.at ?? 0) - (table?.at ?? 0)).toBeGreaterThan(DELAY_MS / 2);
  // ...and the widget came in a later part of the same response, once its data was there.
  expect(widget?.before).toContain('data-testid="heatmap"');
});
