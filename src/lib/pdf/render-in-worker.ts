import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";

/**
 * PDF reports are rendered in a worker thread: a 60-page report takes seconds of synchronous
 * layout, which on the server's own thread would stall every other request meanwhile. One worker
 * takes the jobs in turn; it is replaced after MAX_JOBS_PER_WORKER reports (the renderer's memory
 * does not shrink), and a job that runs past JOB_TIMEOUT_MS ends the worker. Beyond MAX_IN_FLIGHT
 * jobs waiting, a request is told to try again rather than queueing without bound.
 */

/** Which component renders the document: a module of src/ and its export. */
export interface PdfJob {
  /** Path under src/, e.g. "features/results/components/report-document.tsx". */
  module: string;
  exportName: string;
  props: Record<string, unknown>;
}

const WORKER_FILE = ["src", "lib", "pdf", "worker.mjs"].join(path.sep);
const MAX_JOBS_PER_WORKER = 50;
/** The successor starts, and loads the last job's document module, this many jobs before it takes over. */
const WARM_AHEAD = 5;
const JOB_TIMEOUT_MS = 30_000;
const MAX_IN_FLIGHT = 8;

type Reply =
  { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; message: string } | { ready: true };

interface Pending {
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface RenderWorker {
  thread: Worker;
  dispatched: number;
  pending: Map<number, Pending>;
}

let current: RenderWorker | null = null;
let successor: RenderWorker | null = null;
let inFlight = 0;
let nextId = 1;

function startWorker(): RenderWorker {
  // Loaded by Node at run time, not bundled (a path the bundler cannot follow): the worker brings
  // its own module loader, tsx.
  const thread = new Worker(path.resolve(WORKER_FILE));
  const worker: RenderWorker = { thread, dispatched: 0, pending: new Map() };
  thread.on("message", (reply: Reply) => {
    if ("ready" in reply) return;
    const job = worker.pending.get(reply.id);
    if (!job) return;
    worker.pending.delete(reply.id);
    clearTimeout(job.timer);
    if (reply.ok) job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
    else job.reject(new Error(`PDF rendering failed: ${reply.message}`));
    retireIfDone(worker);
  });
  const fail = (error: Error) => {
    if (current === worker) current = null;
    if (successor === worker) successor = null;
    for (const job of worker.pending.values()) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    worker.pending.clear();
  };
  thread.on("error", fail);
  thread.on("exit", (code) => fail(new Error(`the PDF worker stopped (exit code ${code})`)));
  return worker;
}

/** A worker that has had its share of jobs ends once the last of them is done. */
function retireIfDone(worker: RenderWorker): void {
  if (worker !== current && worker !== successor && worker.pending.size === 0) void worker.thread.terminate();
}

export async function renderPdfInWorker(job: PdfJob): Promise<Buffer> {
  if (inFlight >= MAX_IN_FLIGHT)
    throw new AppError("unavailable", "Many reports are being made right now. Try again in a minute.");
  const documentModule = path.join(process.cwd(), "src", job.module);
  if (!current || current.dispatched >= MAX_JOBS_PER_WORKER) {
    const previous = current;
    current = successor ?? startWorker();
    successor = null;
    if (previous) retireIfDone(previous);
  } else if (!successor && current.dispatched >= MAX_JOBS_PER_WORKER - WARM_AHEAD) {
    // A fresh worker takes a second or more to load the renderer and the document's module:
    // it does so while the current one still serves, so that no request waits for it.
    successor = startWorker();
    successor.thread.postMessage({ warm: documentModule });
  }
  const worker = current;
  const id = nextId++;
  worker.dispatched += 1;
  inFlight += 1;
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.pending.delete(id);
        reject(new Error(`PDF rendering took longer than ${JOB_TIMEOUT_MS / 1000} s`));
        if (current === worker) current = null;
        void worker.thread.terminate();
      }, JOB_TIMEOUT_MS);
      worker.pending.set(id, { resolve, reject, timer });
      worker.thread.postMessage({
        id,
        module: documentModule,
        exportName: job.exportName,
        props: job.props,
      });
    });
  } finally {
    inFlight -= 1;
  }
}
