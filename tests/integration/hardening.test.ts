import { beforeAll, expect, it } from "vitest";
import { setDatabase } from "@/server/db/client";
import { scoreAssessment } from "@/domain/scoring/engine";
import { ASSESSMENT_EXPORT_FORMAT, type AssessmentExport } from "@/domain/scoring/exchange";
import { importAssessment } from "@/features/exchange/exchange";
import { contentHash } from "@/server/questionnaires/content-hash";
import { acceptInvitation, createInvitation } from "@/server/repositories/invitations";
import { removeMember, setMemberRole } from "@/server/repositories/members";
import { createOrganization } from "@/server/repositories/organizations";
import { createTeam } from "@/server/repositories/teams";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { loadV1 } from "../support/answers";
import { viewerFactory } from "../support/factories";
import { describeEachDatabase } from "./support/databases";

/**
 * Findings of the security review, at the repository level: links die with their creator's
 * standing, team names of any script stay distinct, and two requests racing for one unique row
 * end in a success and a clear conflict (on Postgres they really run at once; PGlite takes turns).
 */

const team = (name: string) => ({
  name,
  businessUnit: "Research",
  ownershipModel: "shared" as const,
  structure: "embedded" as const,
});

/** An export of an empty v1 assessment of the named team, as another installation would write it. */
function exportOf(teamName: string, submittedAt: string): AssessmentExport {
  const questionnaire = loadV1();
  return {
    format: ASSESSMENT_EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: submittedAt,
    organization: { name: "Elsewhere" },
    team: team(teamName),
    questionnaire: {
      id: questionnaire.id,
      version: questionnaire.version,
      contentHash: contentHash(questionnaire),
    },
    assessment: { createdAt: "2026-01-05T10:00:00.000Z", submittedAt, targets: {} },
    answers: [],
    result: scoreAssessment(questionnaire, { answers: [] }),
  };
}

describeEachDatabase("hardening", (current) => {
  const users: Record<string, string> = {};
  let organizationId = "";
  const owner = () =>
    viewerFactory({ userId: users.owner ?? "", organizations: [[organizationId, "admin"]] });

  beforeAll(async () => {
    const { db } = current();
    setDatabase(db);
    await prepareDatabase(db);
    for (const name of ["owner", "coadmin", "joiner", "twice"]) {
      users[name] = (await db.prisma.user.create({ data: { name, email: `${name}@hardening.test` } })).id;
    }
    organizationId = (await createOrganization({ userId: users.owner ?? "", name: "Hardening Ltd" })).id;
  });

  it("revokes the open links of an admin who is removed or demoted, and refuses a link whose creator is no longer admin", async () => {
    const { db } = current();
    setDatabase(db);
    await acceptInvitation({
      token: (
        await createInvitation({
          organizationId,
          invitedById: users.owner ?? "",
          invitation: { role: "admin", teamId: null, teamRole: null, expiresInDays: 1 },
        })
      ).token,
      userId: users.coadmin ?? "",
    });
    const own = await createInvitation({
      organizationId,
      invitedById: users.coadmin ?? "",
      invitation: { role: "admin", teamId: null, teamRole: null, expiresInDays: 30 },
    });
    await removeMember({ organizationId, userId: users.coadmin ?? "" });
    expect(await db.prisma.invitation.count({ where: { id: own.id } })).toBe(0);
    await expect(acceptInvitation({ token: own.token, userId: users.coadmin ?? "" })).rejects.toThrow(
      /not valid/,
    );
    expect(await db.prisma.membership.count({ where: { organizationId, userId: users.coadmin } })).toBe(0);

    await acceptInvitation({
      token: (
        await createInvitation({
          organizationId,
          invitedById: users.owner ?? "",
          invitation: { role: "admin", teamId: null, teamRole: null, expiresInDays: 1 },
        })
      ).token,
      userId: users.coadmin ?? "",
    });
    const second = await createInvitation({
      organizationId,
      invitedById: users.coadmin ?? "",
      invitation: { role: "member", teamId: null, teamRole: null, expiresInDays: 30 },
    });
    await setMemberRole({ organizationId, userId: users.coadmin ?? "", role: "manager" });
    expect(await db.prisma.invitation.count({ where: { id: second.id } })).toBe(0);

    // A link left over from before the rule (its creator demoted without the revocation).
    const stale = await createInvitation({
      organizationId,
      invitedById: users.owner ?? "",
      invitation: { role: "member", teamId: null, teamRole: null, expiresInDays: 1 },
    });
    await db.prisma.invitation.update({ where: { id: stale.id }, data: { invitedById: users.coadmin } });
    await expect(acceptInvitation({ token: stale.token, userId: users.joiner ?? "" })).rejects.toThrow(
      /revoked/,
    );
  });

  it("keeps team names without Latin letters apart, and refuses a name that differs only in case", async () => {
    const { db } = current();
    setDatabase(db);
    const names = ["Команда Альфа", "Команда Бета", "データチーム", "Team-A", "Team A"];
    for (const name of names) await createTeam({ organizationId, team: team(name) });
    const rows = await db.prisma.team.findMany({
      where: { organizationId, name: { in: names } },
      select: { slug: true },
    });
    expect(new Set(rows.map((r) => r.slug)).size).toBe(names.length);
    await expect(createTeam({ organizationId, team: team("команда альфа") })).rejects.toThrow(
      /already exists/,
    );
  });

  it("files an import under the team of exactly its name, never one whose slug merely matches", async () => {
    const { db } = current();
    setDatabase(db);
    const alpha = await db.prisma.team.findFirstOrThrow({ where: { organizationId, name: "Команда Альфа" } });
    const imported = await importAssessment(
      owner(),
      organizationId,
      exportOf("Команда Гамма", "2026-01-06T10:00:00.000Z"),
    );
    expect(imported.teamId).not.toBe(alpha.id);
    expect((await db.prisma.team.findUniqueOrThrow({ where: { id: imported.teamId } })).name).toBe(
      "Команда Гамма",
    );
  });

  it("answers two imports creating the same new team at once with success or a clear conflict, and one team", async () => {
    const { db } = current();
    setDatabase(db);
    for (let round = 0; round < 5; round++) {
      const name = `Racing team ${round}`;
      const importOnce = () =>
        importAssessment(owner(), organizationId, exportOf(name, "2026-02-02T10:00:00.000Z"));
      const outcomes = await Promise.allSettled([importOnce(), importOnce()]);
      expect(outcomes.some((o) => o.status === "fulfilled")).toBe(true);
      for (const o of outcomes)
        if (o.status === "rejected")
          expect(o.reason).toMatchObject({
            code: "conflict",
            userMessage: expect.stringMatching(/at the same moment/),
          });
      expect(await db.prisma.team.count({ where: { organizationId, name } })).toBe(1);
    }
  });

  it("answers one person accepting two links to one organisation at once with success or a clear conflict", async () => {
    const { db } = current();
    setDatabase(db);
    const [a, b] = await Promise.all([
      createInvitation({
        organizationId,
        invitedById: users.owner ?? "",
        invitation: { role: "member", teamId: null, teamRole: null, expiresInDays: 1 },
      }),
      createInvitation({
        organizationId,
        invitedById: users.owner ?? "",
        invitation: { role: "manager", teamId: null, teamRole: null, expiresInDays: 1 },
      }),
    ]);
    const outcomes = await Promise.allSettled([
      acceptInvitation({ token: a.token, userId: users.twice ?? "" }),
      acceptInvitation({ token: b.token, userId: users.twice ?? "" }),
    ]);
    expect(outcomes.some((o) => o.status === "fulfilled")).toBe(true);
    for (const o of outcomes)
      if (o.status === "rejected") expect(o.reason).toMatchObject({ code: "conflict" });
    expect(await db.prisma.membership.count({ where: { organizationId, userId: users.twice } })).toBe(1);
  });
});
