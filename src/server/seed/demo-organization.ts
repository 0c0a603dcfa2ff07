import "server-only";
import { hashPassword } from "better-auth/crypto";
import { db } from "@/server/db/client";
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS } from "./demo-people";
import { stableId } from "./stable-id";

/** Writes (or refreshes) the demo organisation, its teams and users; returns the users' ids by e-mail. */
export async function seedDemoOrganization(options: {
  passwords: boolean;
}): Promise<{ organizationId: string; userIds: Map<string, string> }> {
  const organizationId = stableId(`org:${DEMO_ORGANIZATION.slug}`);
  // Hashing is slow on purpose (scrypt); it happens before the transaction, and once per seed.
  const passwordHash = options.passwords ? await hashPassword(DEMO_PASSWORD) : null;
  const userIds = new Map<string, string>();
  await db().$transaction(async (tx) => {
    await tx.organization.upsert({
      where: { slug: DEMO_ORGANIZATION.slug },
      create: { id: organizationId, ...DEMO_ORGANIZATION },
      update: { name: DEMO_ORGANIZATION.name },
    });
    for (const team of DEMO_TEAMS) {
      const { slug, ...fields } = team;
      await tx.team.upsert({
        where: { organizationId_slug: { organizationId, slug } },
        create: { id: stableId(`team:${slug}`), organizationId, slug, ...fields },
        update: fields,
      });
    }
    for (const user of DEMO_USERS) {
      const userId = stableId(`user:${user.email}`);
      const { id } = await tx.user.upsert({
        where: { email: user.email },
        create: { id: userId, email: user.email, name: user.name, emailVerified: true },
        update: { name: user.name },
        select: { id: true },
      });
      userIds.set(user.email, id);
      if (passwordHash) {
        await tx.account.upsert({
          where: { id: stableId(`account:${user.email}`) },
          create: {
            id: stableId(`account:${user.email}`),
            userId,
            accountId: userId,
            providerId: "credential",
            password: passwordHash,
          },
          update: {},
        });
      }
      await tx.membership.upsert({
        where: { organizationId_userId: { organizationId, userId } },
        create: { id: stableId(`membership:${user.email}`), organizationId, userId, role: user.orgRole },
        update: { role: user.orgRole },
      });
      for (const membership of user.teams) {
        const teamId = stableId(`team:${membership.slug}`);
        await tx.teamMember.upsert({
          where: { teamId_userId: { teamId, userId } },
          create: {
            id: stableId(`team-member:${membership.slug}:${user.email}`),
            teamId,
            userId,
            role: membership.role,
          },
          update: { role: membership.role },
        });
      }
    }
  });
  return { organizationId, userIds };
}
