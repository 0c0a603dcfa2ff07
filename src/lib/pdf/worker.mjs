// A worker thread that renders PDF documents, so that a long report never holds up the server's
// event loop (see render-in-worker.ts). It loads the document's TypeScript module itself, through
// tsx, the way `npm start` loads the app's own code.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const [{ createElement }, { renderToBuffer }] = await Promise.all([
  import("react"),
  import("@react-pdf/renderer"),
]);

parentPort.on("message", async ({ id, module, exportName, props, warm }) => {
  if (warm) {
    // Load the document's module ahead of the first job (see render-in-worker.ts).
    await import(warm).catch(() => undefined);
    return;
  }
  try {
    const component = (await import(module))[exportName];
    const rendered = await renderToBuffer(createElement(component, props));
    const pdf = new Uint8Array(rendered);
    parentPort.postMessage({ id, ok: true, pdf }, [pdf.buffer]);
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
parentPort.postMessage({ ready: true });
