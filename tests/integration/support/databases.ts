import { randomBytes } from "node:crypto";
import type pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { openDatabase, type Database } from "@/server/db/database";
import { applyMigrations, readMigrations } from "@/server/db/migrate";
import { connectedClient } from "../../support/pg";

/**
 * Runs a suite on every database the product supports: always on an in-memory PGlite, and also
 * on a fresh database of a real Postgres server when TEST_DATABASE_URL is set. The suite name
 * says which one ran.
 */

export type DatabaseKind = "pglite" | "postgres";

export interface TestDatabase {
  kind: DatabaseKind;
  db: Database;
}

export const postgresServerUrl = process.env.TEST_DATABASE_URL || undefined;

export function databaseKinds(): DatabaseKind[] {
  return postgresServerUrl ? ["pglite", "postgres"] : ["pglite"];
}

/** A fresh, empty database (not migrated); `drop()` removes it. */
export async function createEmptyDatabase(
  kind: DatabaseKind,
): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const db = openDatabase({ kind: "pglite", dataDir: "memory://" });
    return { db, drop: () => db.close() };
  }
  if (!postgresServerUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `mlops_test_${randomBytes(6).toString("hex")}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  const db = openDatabase({ kind: "postgres", url: url.toString() });
  return {
    db,
    drop: async () => {
      await db.close();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

export async function createMigratedDatabase(kind: DatabaseKind) {
  const created = await createEmptyDatabase(kind);
  const migrations = await readMigrations();
  await created.db.withSession((s) => applyMigrations(s, migrations));
  return created;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!postgresServerUrl) throw new Error("TEST_DATABASE_URL is not set");
  const client = await connectedClient(postgresServerUrl);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** `describe` once per database kind, each with its own freshly migrated database. */
export function describeEachDatabase(name: string, suite: (current: () => TestDatabase) => void): void {
  for (const kind of databaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let current: TestDatabase | undefined;
      let drop: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        const created = await createMigratedDatabase(kind);
        current = { kind, db: created.db };
        drop = created.drop;
      });
      afterAll(async () => {
        await drop?.();
      });
      suite(() => {
        if (!current) throw new Error("database not ready");
        return current;
      });
    });
  }
}
