import { benchAutosave } from "./autosave";
import { benchDashboard } from "./dashboard";
import { benchPageWeight } from "./page-weight";
import { benchScan } from "./scan";
import { benchScoring } from "./scoring";

/**
 * `npm run bench`: every benchmark of the product, as numbers and ratios (no pass/fail).
 * The Postgres benchmarks need a server: BENCH_DATABASE_URL (or TEST_DATABASE_URL), any database
 * on it; each creates and drops a database of its own. `npm run bench -- autosave dashboard` runs
 * only the sections named (scoring, scan, pages, autosave, dashboard).
 */
const only = new Set(process.argv.slice(2));
const wanted = (section: string) => only.size === 0 || only.has(section);

if (wanted("scoring")) {
  console.log("Scoring engine 2 (questionnaire mlops-maturity v2, example answers):");
  console.table(benchScoring());
}

if (wanted("scan")) {
  console.log("\nEvidence scanner on a generated repository of 10,000 files:");
  console.table(await benchScan());
}

if (wanted("pages")) {
  console.log("\nFirst-load JavaScript per page (production build):");
  console.table(await benchPageWeight());
}

const server = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
if (server) {
  if (wanted("autosave")) {
    console.log(
      "\nAutosave and PDF reports on Postgres, against the framework floor (the liveness endpoint) and bare pg:",
    );
    console.table(await benchAutosave(server));
  }
  if (wanted("dashboard")) {
    console.log("\nDashboard and reports on Postgres at 1,000 and 10,000 teams × 10 assessments:");
    console.table(await benchDashboard(server));
  }
} else {
  console.log(
    "\nAutosave, dashboard and reports on Postgres: not measured; set BENCH_DATABASE_URL=postgresql://… to a Postgres server.",
  );
}
