import "server-only";
import { db } from "./client";
import { readMigrations } from "./migrate";

/**
 * Whether this instance can serve: the database answers within a bound, and every migration this
 * build ships is recorded as applied (a load balancer keeps traffic away until both hold).
 */
export type Readiness = { ready: true } | { ready: false; problem: string };

const TIMEOUT_MS = 2_000;
let shipped: Promise<string[]> | undefined;

export async function checkReadiness(): Promise<Readiness> {
  shipped ??= readMigrations().then((migrations) => migrations.map((m) => m.name));
  const query = db().$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">(
    (resolve) => (timer = setTimeout(() => resolve("timeout"), TIMEOUT_MS)),
  );
  try {
    const applied = await Promise.race([query, timeout]);
    if (applied === "timeout")
      return { ready: false, problem: `the database did not answer within ${TIMEOUT_MS / 1000} s` };
    const done = new Set(applied.map((row) => row.name));
    const missing = (await shipped).filter((name) => !done.has(name));
    return missing.length === 0
      ? { ready: true }
      : { ready: false, problem: `${missing.length} migration(s) not applied, the first ${missing[0]}` };
  } catch {
    return { ready: false, problem: "the database is not reachable" };
  } finally {
    clearTimeout(timer);
  }
}
