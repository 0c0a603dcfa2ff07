import { beforeAll, expect, it } from "vitest";
import type { Database } from "@/server/db/database";
import { importSubmittedAssessment } from "@/server/repositories/assessment-exchange";
import { acceptInvitation, createInvitation, createOrganization, createTeam, removeMember, setMemberRole } from "@/server/repositories/memberships";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { loadV1 } from "../support/answers";
import { describeEachDatabase } from "./support/databases";

/**
 * Findings of the security review, at the repository level: links die with their creator's
 * standing, team names of any script stay distinct, and two requests racing for one unique row
 * end in a success and a clear conflict (on Postgres they really run at once; PGlite takes turns).
 */

function useAsAppDatabase(db: Database) {
  (globalThis as unknown as { appDatabase?: Database }).appDatabase = db;
}

const team = (name: string) => ({ name, businessUnit: "Research", ownershipModel: "shared" as const, structure: "embedded" as const });

describeEachDatabase("hardening", (current) => {
  const users: Record<string, string> = {};
  let organizationId = "";
  let versionId = "";

  beforeAll(async () => {
    const { db } = current();
    useAsAppDatabase(db);
    await prepareDatabase(db, { seed: "never" });
    versionId = (await db.prisma.questionnaireVersion.findFirstOrThrow({ where: { version: "1" } })).id;
    for (const name of ["owner", "coadmin", "joiner", "twice"]) {
      users[name] = (await db.prisma.user.create({ data: { name, email: `${name}@hardening.test` } })).id;
    }
    organizationId = (await createOrganization(users.owner ?? "", "Hardening Ltd")).id;
  });

  it("revokes the open links of an admin who is removed or demoted, and refuses a link whose creator is no longer admin", async () => {
    const { db } = current();
    useAsAppDatabase(db);
    await acceptInvitation((await createInvitation(organizationId, users.owner ?? "", { role: "admin", teamId: null, teamRole: null, expiresInDays: 1 })).token, users.coadmin ?? "");
    const own = await createInvitation(organizationId, users.coadmin ?? "", { role: "admin", teamId: null, teamRole: null, expiresInDays: 30 });
    await removeMember(organizationId, users.coadmin ?? "");
    expect(await db.prisma.invitation.count({ where: { id: own.id } })).toBe(0);
    await expect(acceptInvitation(own.token, users.coadmin ?? "")).rejects.toThrow(/not valid/);
    expect(await db.prisma.membership.count({ where: { organizationId, userId: users.coadmin } })).toBe(0);

    await acceptInvitation((await createInvitation(organizationId, users.owner ?? "", { role: "admin", teamId: null, teamRole: null, expiresInDays: 1 })).token, users.coadmin ?? "");
    const second = await createInvitation(organizationId, users.coadmin ?? "", { role: "member", teamId: null, teamRole: null, expiresInDays: 30 });
    await setMemberRole(organizationId, users.coadmin ?? "", "manager");
    expect(await db.prisma.invitation.count({ where: { id: second.id } })).toBe(0);

    // A link left over from before the rule (its creator demoted without the revocation).
    const stale = await createInvitation(organizationId, users.owner ?? "", { role: "member", teamId: null, teamRole: null, expiresInDays: 1 });
    await db.prisma.invitation.update({ where: { id: stale.id }, data: { invitedById: users.coadmin } });
    await expect(acceptInvitation(stale.token, users.joiner ?? "")).rejects.toThrow(/revoked/);
  });

  it("keeps team names without Latin letters apart, and refuses a name that differs only in case", async () => {
    const { db } = current();
    useAsAppDatabase(db);
    const names = ["Команда Альфа", "Команда Бета", "データチーム", "Team-A", "Team A"];
    for (const name of names) await createTeam(organizationId, team(name));
    const rows = await db.prisma.team.findMany({ where: { organizationId, name: { in: names } }, select: { slug: true } });
    expect(new Set(rows.map((r) => r.slug)).size).toBe(names.length);
    await expect(createTeam(organizationId, team("команда альфа"))).rejects.toThrow(/already exists/);
  });

  it("files an import under the team of exactly its name, never one whose slug merely matches", async () => {
    const { db } = current();
    useAsAppDatabase(db);
    const questionnaire = loadV1();
    const alpha = await db.prisma.team.findFirstOrThrow({ where: { organizationId, name: "Команда Альфа" } });
    const imported = await importSubmittedAssessment({
      organizationId,
      userId: users.owner ?? "",
      team: team("Команда Гамма"),
      questionnaireVersionId: versionId,
      questionnaire,
      createdAt: new Date("2026-01-05T10:00:00Z"),
      submittedAt: new Date("2026-01-06T10:00:00Z"),
      targets: {},
      answers: [],
    });
    expect(imported.teamId).not.toBe(alpha.id);
    expect((await db.prisma.team.findUniqueOrThrow({ where: { id: imported.teamId } })).name).toBe("Команда Гамма");
  });

  it("answers two imports creating the same new team at once with success or a clear conflict, and one team", async () => {
    const { db } = current();
    useAsAppDatabase(db);
    const questionnaire = loadV1();
    for (let round = 0; round < 5; round++) {
      const name = `Racing team ${round}`;
      const importOnce = () =>
        importSubmittedAssessment({
          organizationId,
          userId: users.owner ?? "",
          team: team(name),
          questionnaireVersionId: versionId,
          questionnaire,
          createdAt: new Date("2026-02-01T10:00:00Z"),
          submittedAt: new Date("2026-02-02T10:00:00Z"),
          targets: {},
          answers: [],
        });
      const outcomes = await Promise.allSettled([importOnce(), importOnce()]);
      expect(outcomes.some((o) => o.status === "fulfilled")).toBe(true);
      for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toMatchObject({ code: "conflict", userMessage: expect.stringMatching(/at the same moment/) });
      expect(await db.prisma.team.count({ where: { organizationId, name } })).toBe(1);
    }
  });

  it("answers one person accepting two links to one organisation at once with success or a clear conflict", async () => {
    const { db } = current();
    useAsAppDatabase(db);
    const [a, b] = await Promise.all([
      createInvitation(organizationId, users.owner ?? "", { role: "member", teamId: null, teamRole: null, expiresInDays: 1 }),
      createInvitation(organizationId, users.owner ?? "", { role: "manager", teamId: null, teamRole: null, expiresInDays: 1 }),
    ]);
    const outcomes = await Promise.allSettled([acceptInvitation(a.token, users.twice ?? ""), acceptInvitation(b.token, users.twice ?? "")]);
    expect(outcomes.some((o) => o.status === "fulfilled")).toBe(true);
    for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toMatchObject({ code: "conflict" });
    expect(await db.prisma.membership.count({ where: { organizationId, userId: users.twice } })).toBe(1);
  });
});
