import { expect, it } from "vitest";
import { DEMO_TEAMS, DEMO_USERS, seedDemoOrganization } from "@/server/seed/demo-organization";
import { describeEachDatabase } from "./support/databases";

const TABLES = ["Organization", "Team", "User", "Membership", "TeamMember", "QuestionnaireVersion", "Assessment", "Answer", "AssessmentResult", "ObjectResult", "ResultRisk"];

describeEachDatabase("the demo seed", (current) => {
  async function snapshot() {
    const { db } = current();
    const entries = await Promise.all(
      TABLES.map(async (table) => {
        const rows = await db.withSession((s) =>
          s.query<Record<string, unknown>>(`SELECT * FROM "${table}" ORDER BY 1, 2`),
        );
        // Timestamps written by the database change on every upsert; the content must not.
        return [table, rows.map(({ updatedAt: _u, createdAt: _c, ...row }) => row)] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  it("creates the demo organisation with its teams and one user per role", async () => {
    const { db } = current();
    await seedDemoOrganization(db.prisma);
    const teams = await db.prisma.team.findMany({ select: { name: true, businessUnit: true } });
    expect(teams.map((t) => t.name).sort()).toEqual(DEMO_TEAMS.map((t) => t.name).sort());
    expect(new Set(teams.map((t) => t.businessUnit)).size).toBeGreaterThanOrEqual(4);
    expect(await db.prisma.user.count()).toBe(DEMO_USERS.length);
  });

  it("leaves exactly the same state when run twice", async () => {
    const { db } = current();
    await seedDemoOrganization(db.prisma);
    const before = await snapshot();
    await seedDemoOrganization(db.prisma);
    expect(await snapshot()).toEqual(before);
  });
});
