import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { connectedClient, testPool } from "../support/pg";
import { startAppServer, type AppServer } from "../support/app-server";
import { loadV2 } from "../support/answers";
import { benchUser } from "./session";

/**
 * The HTTP benchmarks on real Postgres, against one production server:
 *
 * - the framework floor: the liveness endpoint (no database, no session) at the same concurrency
 *   as the autosave load, i.e. what Next.js and the app's HTTP server on this machine do at all;
 * - autosave: 100 concurrent clients, each on its own draft, sending answers back to back (the
 *   server's saturation throughput), then about once a second each (people answering);
 * - the ceiling: the same load as bare `pg` upserts of one answer row from Node, with no HTTP,
 *   session, authorisation or validation;
 * - PDF reports: 100 in a row over HTTP, and the server's memory (RSS of its process group)
 *   before and after.
 *
 * Every autosave figure is also printed as a share of the floor and of the ceiling, and the
 * issue's goals as met or not.
 */

const CLIENTS = 100;
const SECONDS = 8;
const PORT = 3195;
const PDF_RUNS = 100;

export interface LoadResult {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  perSecond: number;
}

/** Each client sends request after request; `pauseMs` is its think time between two of them. */
export async function runLoad(
  work: (client: number, n: number) => Promise<boolean>,
  pauseMs = 0,
  clients = CLIENTS,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      // Paced clients start at random moments, as people do, rather than all at once.
      if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs * Math.random()));
      for (let n = 0; Date.now() < end; n++) {
        const start = performance.now();
        const ok = await work(client, n).catch(() => false);
        latencies.push(performance.now() - start);
        if (!ok) errors++;
        if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs * (0.5 + Math.random())));
      }
    }),
  );
  return summary(latencies, errors, SECONDS);
}

function summary(latencies: number[], errors: number, seconds: number): LoadResult {
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    p50: at(0.5),
    p95: at(0.95),
    perSecond: latencies.length / seconds,
  };
}

/** Resident memory of the server's process group (the start command and Next's server), in MB. */
function rssMb(pid: number): number {
  const ps = spawnSync("ps", ["-o", "rss=", "-g", String(pid)], { encoding: "utf8" });
  return Math.round(ps.stdout.split("\n").reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024);
}

async function benchPdf(server: AppServer, cookie: string, assessmentId: string) {
  const get = async () => {
    const response = await fetch(`${server.baseURL}/api/assessments/${assessmentId}/report.pdf`, {
      headers: { cookie },
    });
    const body = await response.arrayBuffer();
    if (!response.ok || body.byteLength < 1000) throw new Error(`PDF report failed: ${response.status}`);
  };
  await get(); // the worker starts and loads the renderer
  const before = rssMb(server.pid);
  const samples: number[] = [];
  for (let i = 0; i < PDF_RUNS; i++) {
    const start = performance.now();
    await get();
    samples.push(performance.now() - start);
  }
  const after = rssMb(server.pid);
  return { ...summary(samples, 0, samples.reduce((a, b) => a + b, 0) / 1000), before, after };
}

export async function benchAutosave(serverUrl: string): Promise<Record<string, string | number>[]> {
  const name = `mlops_bench_${Date.now()}`;
  const admin = await connectedClient(serverUrl);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const seeded = spawnSync(
    process.execPath,
    ["--import", "tsx", "--import", "./src/cli/outside-next.mjs", "prisma/seed.ts"],
    {
      env: { ...process.env, DATABASE_URL: url.toString() },
      encoding: "utf8",
    },
  );
  if (seeded.status !== 0) throw new Error(seeded.stderr);

  const db = testPool(url.toString(), 40);
  let floor: LoadResult;
  let app: LoadResult;
  let paced: LoadResult;
  let ceiling: LoadResult;
  let pdf: Awaited<ReturnType<typeof benchPdf>>;
  // The pool ends before its database is dropped, whatever happened in between.
  try {
    const questions = loadV2().objects.flatMap((o) => o.questions);
    const {
      rows: [org],
    } = await db.query<{ id: string }>(`SELECT id FROM "Organization" LIMIT 1`);
    const {
      rows: [version],
    } = await db.query<{ id: string }>(
      `SELECT id FROM "QuestionnaireVersion" ORDER BY length(version) DESC, version DESC LIMIT 1`,
    );
    const {
      rows: [submitted],
    } = await db.query<{ id: string }>(
      `SELECT a.id FROM "Assessment" a JOIN "AssessmentResult" r ON r."assessmentId" = a.id
       WHERE a.status = 'submitted' AND a."questionnaireVersionId" = $1 ORDER BY a."submittedAt" DESC LIMIT 1`,
      [version?.id],
    );
    const assessments: string[] = [];
    const teams: string[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const teamId = randomUUID();
      teams.push(teamId);
      await db.query(
        `INSERT INTO "Team" (id, "organizationId", name, slug, "businessUnit", "ownershipModel", structure) VALUES ($1, $2, $3, $3, 'Bench', 'shared', 'embedded')`,
        [teamId, org?.id, `bench-${i}`],
      );
      const id = randomUUID();
      await db.query(
        `INSERT INTO "Assessment" (id, "teamId", "questionnaireVersionId", "updatedAt") VALUES ($1, $2, $3, now())`,
        [id, teamId, version?.id],
      );
      assessments.push(id);
    }

    const server = await startAppServer({
      port: PORT,
      env: { DATABASE_URL: url.toString() },
      startupTimeoutMs: 900_000,
    });
    try {
      const live = async () => {
        const response = await fetch(`${server.baseURL}/api/health/live`);
        await response.arrayBuffer();
        return response.ok;
      };
      await runLoad(live, 0); // warm-up
      floor = await runLoad(live, 0);

      // One lead of all the benchmark's teams, signed in through the real endpoint.
      const { cookie } = await benchUser(server.baseURL, url.toString(), {
        organizationId: org?.id ?? "",
        orgRole: "member",
        leadOf: teams,
      });
      const save = async (client: number, n: number) => {
        const question = questions[(client + n) % questions.length];
        const option = question?.options[n % (question.options.length ?? 1)];
        const response = await fetch(`${server.baseURL}/api/assessments/${assessments[client]}/answers`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie, origin: server.baseURL },
          body: JSON.stringify({
            questionId: question?.id,
            answer: { kind: "option", optionId: option?.id },
          }),
        });
        await response.arrayBuffer();
        return response.ok;
      };
      await runLoad(save, 0); // warm-up
      app = await runLoad(save, 0);
      paced = await runLoad(save, 1000);

      const manager = await benchUser(server.baseURL, url.toString(), {
        organizationId: org?.id ?? "",
        orgRole: "manager",
      });
      pdf = await benchPdf(server, manager.cookie, submitted?.id ?? "");
    } finally {
      await server.kill("SIGTERM");
    }

    ceiling = await runLoad(async (client, n) => {
      const question = questions[(client + n) % questions.length];
      await db.query(
        `INSERT INTO "Answer" (id, "assessmentId", "questionId", status, "optionId", "updatedAt") VALUES ($1, $2, $3, 'option', $4, now())
         ON CONFLICT ("assessmentId", "questionId") DO UPDATE SET status = 'option', "optionId" = EXCLUDED."optionId", revision = "Answer".revision + 1, "updatedAt" = now()`,
        [randomUUID(), assessments[client], question?.id, question?.options[n % question.options.length]?.id],
      );
      return true;
    });
  } finally {
    await db.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }

  const share = (r: LoadResult) => `${Math.round((100 * r.perSecond) / floor.perSecond)}% of floor`;
  const row = (measure: string, r: LoadResult, ratio = "") => ({
    measure,
    "p50 ms": r.p50.toFixed(1),
    "p95 ms": r.p95.toFixed(1),
    "per second": Math.round(r.perSecond),
    requests: r.requests,
    errors: r.errors,
    ratio,
  });
  const goal = (measure: string, value: number, target: number, unit: string, atLeast: boolean) => ({
    measure: `goal: ${measure}`,
    "p50 ms": "",
    "p95 ms": "",
    "per second": "",
    requests: "",
    errors: "",
    ratio: `${value.toFixed(unit === "" ? 2 : 0)}${unit} ${atLeast ? "≥" : "<"} ${target}${unit}: ${
      (atLeast ? value >= target : value < target) ? "met" : "NOT met"
    }${value > 0 ? ` (${(atLeast ? value / target : target / value).toFixed(2)}× the goal)` : ""}`,
  });
  return [
    row(`floor: GET /api/health/live, ${CLIENTS} clients back to back`, floor, "100% of floor"),
    row(`autosave POST, ${CLIENTS} clients saving about once a second`, paced),
    row(
      `autosave POST, ${CLIENTS} clients saving back to back (saturation)`,
      app,
      `${share(app)}; ${(app.perSecond / ceiling.perSecond).toFixed(3)} of bare pg`,
    ),
    row(
      `ceiling: bare pg upsert, ${CLIENTS} clients, 40 connections`,
      ceiling,
      `${(ceiling.perSecond / floor.perSecond).toFixed(1)}× the floor`,
    ),
    {
      measure: "saturation ÷ ceiling (latency; throughput ceiling ÷ saturation)",
      "p50 ms": (app.p50 / ceiling.p50).toFixed(1),
      "p95 ms": (app.p95 / ceiling.p95).toFixed(1),
      "per second": (ceiling.perSecond / app.perSecond).toFixed(1),
      requests: "",
      errors: "",
      ratio: "",
    },
    goal("saturation saves per second", app.perSecond, 1000, "/s", true),
    goal("saturation ÷ floor", app.perSecond / floor.perSecond, 0.33, "", true),
    goal("p95 at saturation", app.p95, 150, " ms", false),
    goal("paced p95", paced.p95, 50, " ms", false),
    {
      ...row(`PDF report over HTTP (${PDF_RUNS} in a row)`, pdf, `RSS ${pdf.before} → ${pdf.after} MB`),
      "per second": "",
    },
    goal("PDF report p95", pdf.p95, 500, " ms", false),
    goal(
      `server RSS growth over ${PDF_RUNS} reports`,
      pdf.after - pdf.before,
      Math.max(30, Math.round(pdf.before * 0.1)),
      " MB",
      false,
    ),
  ];
}
