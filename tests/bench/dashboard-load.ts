import pg from "pg";
import { getDashboardWidgets } from "@/features/dashboard/queries";
import { dashboardQuerySchema, TEAMS_PER_PAGE } from "@/features/dashboard/schemas";
import { setDatabase } from "@/server/db/client";
import { openDatabase } from "@/server/db/database";
import { loadDashboardTeams } from "@/server/repositories/dashboard";

/**
 * Run by dashboard.ts with `--conditions=react-server` (so server-only code loads outside Next).
 * Times the data load of one dashboard page as the page does it (getDashboardWidgets: the page of
 * 50 teams with its counts and median, the headline, the aggregates, the risks' titles, all at
 * once), then the bare SQL of the same page: the very statements and parameters the load sent
 * (recorded at the pg driver), replayed at once through a pg pool of the same size, no ORM and
 * no parsing. Prints {page, table, bare, statements} (p50/p95 in milliseconds).
 */
const [organizationId = "", runs = "20", query = ""] = process.argv.slice(2);
const url = process.env.DATABASE_URL ?? "";

// Record what the app sends, at the driver (PrismaPg runs every statement through pg.Client#query).
let recording: { text: string; values: unknown[] }[] | null = null;
const query0 = Reflect.get(pg.Client.prototype, "query") as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [first, second] = args;
  if (recording) {
    if (typeof first === "string") recording.push({ text: first, values: (second as unknown[]) ?? [] });
    else if (first && typeof first === "object" && "text" in first)
      recording.push({
        text: (first as { text: string }).text,
        values: (first as { values?: unknown[] }).values ?? [],
      });
  }
  return query0.apply(this, args);
} as typeof pg.Client.prototype.query;

const database = openDatabase({ kind: "postgres", url });
setDatabase(database);
const viewer = {
  userId: "bench",
  organizations: new Map([[organizationId, "manager" as const]]),
  teams: new Map(),
};
const dashboardQuery = dashboardQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));

/** Everything the page awaits, as its widgets do. */
async function pageLoad(): Promise<number> {
  const widgets = await getDashboardWidgets(viewer, organizationId, dashboardQuery);
  if (!widgets) throw new Error("no dashboard");
  const [table] = await Promise.all([
    widgets.table,
    widgets.headline,
    widgets.aggregates,
    widgets.riskTitles,
  ]);
  if (table.teams.length === 0) throw new Error("no teams loaded");
  return table.total;
}
/** The table alone, as the page asks for it (the first widget to stream). */
async function tableLoad(): Promise<void> {
  await loadDashboardTeams({
    organizationId,
    filters: {},
    order: dashboardQuery,
    page: dashboardQuery.page,
    pageSize: TEAMS_PER_PAGE,
  });
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}
async function time(work: () => Promise<unknown>) {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < Number(runs); i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return percentiles(samples);
}

await pageLoad();
recording = [];
const total = await pageLoad();
const statements = recording.filter((s) => !/^\s*(BEGIN|COMMIT|ROLLBACK|SET|DEALLOCATE)/i.test(s.text));
recording = null;

const page = await time(pageLoad);
const table = await time(tableLoad);
await database.close();

// With the session settings of the app's own pool (src/server/db/database.ts).
const pool = new pg.Pool({ connectionString: url, max: 20, options: "-c jit=off" });
const bare = await time(() => Promise.all(statements.map((s) => pool.query(s.text, s.values))));
await pool.end();
console.log(JSON.stringify({ page, table, bare, statements: statements.length, total }));
