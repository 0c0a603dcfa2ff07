import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/server/db/database";
import { applyMigrations, MigrationError, readMigrations } from "@/server/db/migrate";
import { createEmptyDatabase, databaseKinds } from "./support/databases";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function emptyDatabase(kind: "pglite" | "postgres") {
  const created = await createEmptyDatabase(kind);
  cleanups.push(created.drop);
  return created.db;
}

for (const kind of databaseKinds()) {
  describe(`applying the migrations [${kind}]`, () => {
    it("records each migration as prisma migrate deploy does, and applies nothing the second time", async () => {
      const db = await emptyDatabase(kind);
      const migrations = await readMigrations();
      const first = await db.withSession((s) => applyMigrations(s, migrations));
      expect(first).toEqual(migrations.map((m) => m.name));
      const second = await db.withSession((s) => applyMigrations(s, migrations));
      expect(second).toEqual([]);

      const rows = await db.withSession((s) =>
        s.query<{
          migration_name: string;
          checksum: string;
          finished_at: Date | null;
          applied_steps_count: number;
        }>(
          `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
        ),
      );
      expect(rows).toHaveLength(migrations.length);
      for (const [i, row] of rows.entries()) {
        const file = fs.readFileSync(path.join("prisma/migrations", row.migration_name, "migration.sql"));
        expect(row.migration_name).toBe(migrations[i]?.name);
        expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
        expect(row.finished_at).not.toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
    });

    it("applies each migration exactly once when two processes start at the same moment", async () => {
      const db = await emptyDatabase(kind);
      const other = db.target.kind === "postgres" ? openDatabase(db.target) : db;
      if (other !== db) cleanups.unshift(() => other.close());
      const migrations = await readMigrations();
      const results = await Promise.all([
        db.withSession((s) => applyMigrations(s, migrations)),
        other.withSession((s) => applyMigrations(s, migrations)),
      ]);
      expect(results.flat().sort()).toEqual(migrations.map((m) => m.name).sort());
      const [{ count }] = (await db.withSession((s) =>
        s.query<{ count: number }>(`SELECT count(*)::int AS count FROM "_prisma_migrations"`),
      )) as [{ count: number }];
      expect(count).toBe(migrations.length);
    });

    it("refuses to start when an applied migration was edited afterwards", async () => {
      const db = await emptyDatabase(kind);
      const migrations = await readMigrations();
      await db.withSession((s) => applyMigrations(s, migrations));
      const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
      await expect(db.withSession((s) => applyMigrations(s, edited))).rejects.toThrow(MigrationError);
      await expect(db.withSession((s) => applyMigrations(s, edited))).rejects.toThrow(
        /was changed after it was applied/,
      );
    });

    it("rolls back a failing migration completely and reports it", async () => {
      const db = await emptyDatabase(kind);
      const broken = [
        {
          name: "20990101000000_broken",
          checksum: "f".repeat(64),
          sql: 'CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";',
        },
      ];
      await expect(db.withSession((s) => applyMigrations(s, broken))).rejects.toThrow(
        /20990101000000_broken failed/,
      );
      const tables = await db.withSession((s) =>
        s.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'Half'`),
      );
      expect(tables[0]?.n).toBe(0);
    });
  });
}

describe("the embedded database on disk", () => {
  it("keeps its data when the app stops and starts again", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-persist-"));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const migrations = await readMigrations();

    const first = openDatabase({ kind: "pglite", dataDir });
    await first.withSession((s) => applyMigrations(s, migrations));
    await first.prisma.organization.create({ data: { name: "Kept Org", slug: "kept-org" } });
    await first.close();

    const second = openDatabase({ kind: "pglite", dataDir });
    cleanups.push(() => second.close());
    expect(await second.withSession((s) => applyMigrations(s, migrations))).toEqual([]);
    expect(await second.prisma.organization.findUnique({ where: { slug: "kept-org" } })).toMatchObject({
      name: "Kept Org",
    });
  });
});
