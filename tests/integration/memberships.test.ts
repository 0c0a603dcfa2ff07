import { beforeAll, expect, it } from "vitest";
import { setDatabase } from "@/server/db/client";
import { acceptInvitation, createInvitation } from "@/server/repositories/invitations";
import { removeMember, setMemberRole, setTeamRole } from "@/server/repositories/members";
import { createOrganization } from "@/server/repositories/organizations";
import { createTeam } from "@/server/repositories/teams";
import { describeEachDatabase } from "./support/databases";

/** Organisations keep an admin, invitation links work once, and joining never lowers a role. */

describeEachDatabase("memberships", (current) => {
  const users: Record<string, string> = {};
  let organizationId = "";
  let teamId = "";

  beforeAll(async () => {
    const { db } = current();
    setDatabase(db);
    for (const name of ["owner", "second", "joiner", "racer1", "racer2"]) {
      users[name] = (await db.prisma.user.create({ data: { name, email: `${name}@memberships.test` } })).id;
    }
    organizationId = (await createOrganization({ userId: users.owner ?? "", name: "Memberships Ltd" })).id;
    teamId = (
      await createTeam({
        organizationId,
        team: { name: "Vision", businessUnit: "Retail", ownershipModel: "shared", structure: "embedded" },
      })
    ).id;
  });

  it("makes the creator the first admin, and refuses to demote or remove the last admin", async () => {
    const { db } = current();
    expect(
      await db.prisma.membership.findMany({
        where: { organizationId },
        select: { userId: true, role: true },
      }),
    ).toEqual([{ userId: users.owner, role: "admin" }]);
    await expect(
      setMemberRole({ organizationId, userId: users.owner ?? "", role: "manager" }),
    ).rejects.toThrow(/at least one admin/);
    await expect(removeMember({ organizationId, userId: users.owner ?? "" })).rejects.toThrow(
      /at least one admin/,
    );
    expect(
      (await db.prisma.membership.findFirstOrThrow({ where: { organizationId, userId: users.owner } })).role,
    ).toBe("admin");
  });

  it("refuses a second team of the same name with a message", async () => {
    await expect(
      createTeam({
        organizationId,
        team: { name: "Vision", businessUnit: "Other", ownershipModel: "hand_off", structure: "centralised" },
      }),
    ).rejects.toThrow(/already exists/);
  });

  it("lets an invitation link be used exactly once, even by two people at the same moment", async () => {
    const { db } = current();
    const { token } = await createInvitation({
      organizationId,
      invitedById: users.owner ?? "",
      invitation: { role: "member", teamId, teamRole: "lead", expiresInDays: 7 },
    });
    const outcomes = await Promise.allSettled([
      acceptInvitation({ token, userId: users.racer1 ?? "" }),
      acceptInvitation({ token, userId: users.racer2 ?? "" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(String((outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult).reason)).toMatch(
      /already used/,
    );
    const joined = await db.prisma.membership.count({
      where: { organizationId, userId: { in: [users.racer1 ?? "", users.racer2 ?? ""] } },
    });
    expect(joined).toBe(1);
    expect(await db.prisma.teamMember.count({ where: { teamId, role: "lead" } })).toBe(1);
  });

  it("keeps a higher role when an invitation offers a lower one", async () => {
    const { db } = current();
    await acceptInvitation({
      token: (
        await createInvitation({
          organizationId,
          invitedById: users.owner ?? "",
          invitation: { role: "manager", teamId: null, teamRole: null, expiresInDays: 1 },
        })
      ).token,
      userId: users.second ?? "",
    });
    await acceptInvitation({
      token: (
        await createInvitation({
          organizationId,
          invitedById: users.owner ?? "",
          invitation: { role: "member", teamId, teamRole: "member", expiresInDays: 1 },
        })
      ).token,
      userId: users.second ?? "",
    });
    expect(
      (await db.prisma.membership.findFirstOrThrow({ where: { organizationId, userId: users.second } })).role,
    ).toBe("manager");
    expect(
      (await db.prisma.teamMember.findFirstOrThrow({ where: { teamId, userId: users.second } })).role,
    ).toBe("member");
  });

  it("refuses an expired link, and removing a member takes them out of the organisation's teams", async () => {
    const { db } = current();
    const { id, token } = await createInvitation({
      organizationId,
      invitedById: users.owner ?? "",
      invitation: { role: "member", teamId, teamRole: "member", expiresInDays: 1 },
    });
    await db.prisma.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitation({ token, userId: users.joiner ?? "" })).rejects.toThrow(/expired/);
    expect(await db.prisma.membership.count({ where: { organizationId, userId: users.joiner } })).toBe(0);

    await setTeamRole({ organizationId, teamId, userId: users.second ?? "", role: "lead" });
    await removeMember({ organizationId, userId: users.second ?? "" });
    expect(await db.prisma.teamMember.count({ where: { userId: users.second } })).toBe(0);
    expect(await db.prisma.membership.count({ where: { organizationId, userId: users.second } })).toBe(0);
  });
});
