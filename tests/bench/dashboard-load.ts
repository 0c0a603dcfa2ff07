import { setDatabase } from "@/server/db/client";
import { openDatabase } from "@/server/db/database";
import { loadDashboard } from "@/server/repositories/dashboard";

/**
 * Run by dashboard.ts with `--conditions=react-server` (so server-only code loads outside Next):
 * times loadDashboard for an organisation and prints {p50, p95} in milliseconds.
 */
const [organizationId = "", runs = "20"] = process.argv.slice(2);
const database = openDatabase({ kind: "postgres", url: process.env.DATABASE_URL ?? "" });
setDatabase(database);
await loadDashboard({ organizationId, filters: {} });
const samples: number[] = [];
for (let i = 0; i < Number(runs); i++) {
  const start = performance.now();
  const dashboard = await loadDashboard({ organizationId, filters: {} });
  samples.push(performance.now() - start);
  if (dashboard.teams.length === 0) throw new Error("no teams loaded");
}
await database.close();
samples.sort((a, b) => a - b);
const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * p))] ?? 0;
console.log(JSON.stringify({ p50: at(0.5), p95: at(0.95) }));
