import pg from "pg";

/**
 * Postgres connections for tests and benchmarks. A connection's server may go away under it (a
 * database dropped WITH (FORCE), a restarted server): the `error` it then emits is reported, never
 * left unhandled, which would end the whole process and lose every result so far.
 */
const report = (where: string) => (error: Error) => console.warn(`${where}: ${error.message}`);

export function testPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on("error", report("an idle pooled connection"));
  return pool;
}

export async function connectedClient(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  client.on("error", report("a connection"));
  await client.connect();
  return client;
}
