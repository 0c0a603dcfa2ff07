import { randomUUID } from "node:crypto";
import { connectedClient } from "../support/pg";

/**
 * A signed-in user for the HTTP benchmarks: signs up through the real endpoint, then takes the
 * roles the benchmark needs directly in the database (manager of the organisation, lead of teams).
 */
export async function benchUser(
  baseURL: string,
  databaseUrl: string,
  roles: { organizationId: string; orgRole: "manager" | "member"; leadOf?: string[] },
): Promise<{ cookie: string; userId: string }> {
  const email = `bench-${randomUUID()}@bench.example`;
  const response = await fetch(`${baseURL}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseURL },
    body: JSON.stringify({ name: "Bench", email, password: "bench-password-1" }),
  });
  if (!response.ok) throw new Error(`bench sign-up failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { user } = (await response.json()) as { user: { id: string } };
  const db = await connectedClient(databaseUrl);
  try {
    await db.query(
      `INSERT INTO "Membership" (id, "organizationId", "userId", role) VALUES (gen_random_uuid()::text, $1, $2, $3)`,
      [roles.organizationId, user.id, roles.orgRole],
    );
    if (roles.leadOf && roles.leadOf.length > 0) {
      await db.query(
        `INSERT INTO "TeamMember" (id, "teamId", "userId", role) SELECT gen_random_uuid()::text, t, $2, 'lead' FROM unnest($1::text[]) AS t`,
        [roles.leadOf, user.id],
      );
    }
  } finally {
    await db.end();
  }
  return { cookie, userId: user.id };
}
