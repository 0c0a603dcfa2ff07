// Generates the Prisma client on install. `prisma generate` never runs the schema engine, but
// the CLI wants its binary present; where it is not installed (offline machines), any existing
// file stands in for it, for this command only.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const enginesDir = path.dirname(require.resolve("@prisma/engines/package.json"));
const hasEngine = fs.readdirSync(enginesDir).some((f) => f.startsWith("schema-engine"));
if (!hasEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;

const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
