import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import type { DatabaseTarget } from "@/lib/env";

/** Raw SQL on one connection: what migrations and preflight checks need below Prisma. */
export interface SqlSession {
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** One database, whichever kind: the Prisma client the app uses and raw SQL sessions beside it. */
export interface Database {
  readonly target: DatabaseTarget;
  readonly prisma: PrismaClient;
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function openDatabase(target: DatabaseTarget, options: { connectTimeoutMs?: number } = {}): Database {
  return target.kind === "postgres" ? openPostgres(target, options) : openPglite(target);
}

function openPostgres(
  target: Extract<DatabaseTarget, { kind: "postgres" }>,
  options: { connectTimeoutMs?: number },
): Database {
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 20,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    // No JIT compilation: the planner's cost estimates for the dashboard's aggregates (a series
    // expanded per row, arrays unnested) pass its threshold, and compiling then takes 250–500 ms
    // of a query that runs in 20 ms without it. (An `options` parameter in DATABASE_URL replaces this.)
    options: "-c jit=off",
  });
  // An idle client that loses its server (a Postgres restart) must not crash the process;
  // the pool drops it and the next query opens a fresh connection.
  pool.on("error", () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    target,
    prisma,
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (sql) => void (await client.query(sql)),
          query: async <Row>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params)).rows as Row[],
        });
      } finally {
        client.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

function openPglite(target: Extract<DatabaseTarget, { kind: "pglite" }>): Database {
  if (target.dataDir !== "memory://") fs.mkdirSync(target.dataDir, { recursive: true });
  const pglite = new PGlite(target.dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const session: SqlSession = {
    exec: async (sql) => void (await pglite.exec(sql)),
    query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
  };
  // PGlite has a single connection: sessions take turns, as they would each own one on a server.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    target,
    prisma,
    withSession(work) {
      const turn = queue.then(() => work(session));
      queue = turn.catch(() => undefined);
      return turn;
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
