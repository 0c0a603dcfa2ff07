import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { databaseTarget } from "@/lib/env";
import { openDatabase, type Database } from "./database";

// One database per process. It lives on globalThis so that development hot reloads, and the start
// command's own copy of this module beside Next's bundled one, share it.
const shared = globalThis as unknown as { appDatabase?: Database };

export function database(): Database {
  shared.appDatabase ??= openDatabase(databaseTarget());
  return shared.appDatabase;
}

/**
 * Points every repository at the given database (tests, benches, the start and seed commands);
 * `undefined` forgets it, so that the next call opens the configured one.
 */
export function setDatabase(database: Database | undefined): void {
  shared.appDatabase = database;
}

export function db() {
  return database().prisma;
}

/** A transaction's client, which repositories take as their optional last argument. */
export type Tx = Prisma.TransactionClient;

/** Runs `work` in the caller's transaction when there is one, else in a transaction of its own. */
export function inTransaction<T>(tx: Tx | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
  return tx ? work(tx) : db().$transaction(work);
}

/** Runs a use-case's steps in one transaction. */
export function transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(work);
}
