import "server-only";
import { databaseTarget } from "@/lib/env";
import { openDatabase, type Database } from "./database";

// One database per process, kept across hot reloads in development. The schema is migrated
// (and the embedded database seeded) by the start command before the server accepts requests.
const globalForDb = globalThis as unknown as { appDatabase?: Database };

export function database(): Database {
  globalForDb.appDatabase ??= openDatabase(databaseTarget());
  return globalForDb.appDatabase;
}

export function db() {
  return database().prisma;
}
