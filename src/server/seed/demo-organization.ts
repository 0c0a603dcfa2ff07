import "server-only";
import { hashPassword } from "better-auth/crypto";
import type { OrgRole, TeamRole } from "@/domain/access/policy";
import type { OwnershipModel, TeamStructure } from "@/domain/team";
import { db } from "@/server/db/client";
import { stableId } from "./stable-id";

/** The demo organisation a new user sees: teams of different business units and ownership models. */

export const DEMO_ORGANIZATION = { slug: "northwind", name: "Northwind Labs" } as const;

interface DemoTeam {
  slug: string;
  name: string;
  businessUnit: string;
  ownershipModel: OwnershipModel;
  structure: TeamStructure;
}

export const DEMO_TEAMS: readonly DemoTeam[] = [
  { slug: "fraud-detection", name: "Fraud Detection", businessUnit: "Payments", ownershipModel: "end_to_end", structure: "embedded" },
  { slug: "search-ranking", name: "Search Ranking", businessUnit: "Consumer", ownershipModel: "shared", structure: "hub_and_spoke" },
  { slug: "demand-forecasting", name: "Demand Forecasting", businessUnit: "Supply Chain", ownershipModel: "hand_off", structure: "centralised" },
  { slug: "credit-risk", name: "Credit Risk", businessUnit: "Lending", ownershipModel: "hand_off", structure: "centralised" },
  { slug: "recommendations", name: "Recommendations", businessUnit: "Consumer", ownershipModel: "end_to_end", structure: "embedded" },
  { slug: "support-assistant", name: "Support Assistant", businessUnit: "Operations", ownershipModel: "shared", structure: "embedded" },
];

interface DemoUser {
  email: string;
  name: string;
  orgRole: OrgRole;
  teams: { slug: string; role: TeamRole }[];
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@northwind.example", name: "Ada Admin", orgRole: "admin", teams: [] },
  { email: "manager@northwind.example", name: "Maya Manager", orgRole: "manager", teams: [] },
  { email: "lead@northwind.example", name: "Leo Lead", orgRole: "member", teams: [{ slug: "fraud-detection", role: "lead" }] },
  { email: "member@northwind.example", name: "Mia Member", orgRole: "member", teams: [{ slug: "fraud-detection", role: "member" }] },
  { email: "search-lead@northwind.example", name: "Sam Search", orgRole: "member", teams: [{ slug: "search-ranking", role: "lead" }] },
];

/** The demo users' shared password; only the embedded demo database gets it (see seedDemo). */
export const DEMO_PASSWORD = "northwind-demo";

/** Writes (or refreshes) the demo organisation, its teams and users; returns the users' ids by e-mail. */
export async function seedDemoOrganization(options: { passwords: boolean }): Promise<{ organizationId: string; userIds: Map<string, string> }> {
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
          create: { id: stableId(`account:${user.email}`), userId, accountId: userId, providerId: "credential", password: passwordHash },
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
          create: { id: stableId(`team-member:${membership.slug}:${user.email}`), teamId, userId, role: membership.role },
          update: { role: membership.role },
        });
      }
    }
  });
  return { organizationId, userIds };
}
