import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { connectedClient, testPool } from "../support/pg";
import { startAppServer } from "../support/app-server";
import { loadV2 } from "../support/answers";
import { benchUser } from "./session";

/**
 * Autosave round trip on real Postgres: 100 concurrent clients, each on its own draft, each
 * sending answers to the production build for a fixed time: first about once a second each (people
 * answering), then back to back (the server's saturation throughput). The ceiling is the same
 * load as bare `pg` upserts of one answer row from Node, with no HTTP, validation or locking.
 */

const CLIENTS = 100;
const SECONDS = 8;
const PORT = 3195;

interface LoadResult {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  perSecond: number;
}

/** Each client sends request after request; `pauseMs` is its think time between two of them. */
async function runLoad(
  work: (client: number, n: number) => Promise<boolean>,
  pauseMs = 0,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
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
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    p50: at(0.5),
    p95: at(0.95),
    perSecond: latencies.length / SECONDS,
  };
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
  let app: LoadResult;
  let paced: LoadResult;
  let ceiling: LoadResult;
  // The pool ends before its database is dropped, whatever happened in between.
  try {
    const questions = loadV2().objects.flatMap((o) => o.questions);
    const {
      rows: [org],
    } = await db.query<{ id: string }>(`SELECT id FROM "Organization" LIMIT 1`);
    const {
      rows: [version],
    } = await db.query<{ id: string }>(`SELECT id FROM "QuestionnaireVersion" LIMIT 1`);
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

    const server = await startAppServer({ port: PORT, env: { DATABASE_URL: url.toString() } });
    try {
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
          headers: { "content-type": "application/json", cookie },
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

  const row = (measure: string, r: LoadResult) => ({
    measure,
    "p50 ms": r.p50.toFixed(1),
    "p95 ms": r.p95.toFixed(1),
    "per second": Math.round(r.perSecond),
    requests: r.requests,
    errors: r.errors,
  });
  return [
    row(`autosave POST, ${CLIENTS} clients saving about once a second`, paced),
    row(`autosave POST, ${CLIENTS} clients saving back to back (saturation)`, app),
    row(`ceiling: bare pg upsert, ${CLIENTS} clients, 40 connections`, ceiling),
    {
      measure: "saturation ÷ ceiling (latency; throughput ceiling ÷ saturation)",
      "p50 ms": (app.p50 / ceiling.p50).toFixed(1),
      "p95 ms": (app.p95 / ceiling.p95).toFixed(1),
      "per second": (ceiling.perSecond / app.perSecond).toFixed(1),
      requests: "",
      errors: "",
    },
  ];
}
