import { randomUUID } from "node:crypto";
import type { OrgRole, TeamRole, Viewer } from "@/domain/access/policy";
import type { OwnershipModel, TeamStructure } from "@/domain/team";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import { startAssessment } from "@/server/repositories/assessments";
import { setTeamRole } from "@/server/repositories/members";
import { createOrganization } from "@/server/repositories/organizations";
import { createTeam } from "@/server/repositories/teams";

/**
 * Test data with typed overrides, written through the app's repositories into the database the
 * test chose with `setDatabase`: each test builds what it needs instead of leaning on the demo's
 * teams. Names are unique per call unless a test names them.
 */

const unique = () => randomUUID().slice(0, 8);

export interface UserOverrides {
  name?: string;
  email?: string;
}

export async function userFactory(overrides: UserOverrides = {}) {
  const tag = unique();
  return db().user.create({
    data: {
      name: overrides.name ?? `User ${tag}`,
      email: overrides.email ?? `user-${tag}@factory.test`,
      emailVerified: true,
    },
    select: { id: true, name: true, email: true },
  });
}

/** An organisation and its first admin (a new user unless given). */
export async function organizationFactory(overrides: { name?: string; adminId?: string } = {}) {
  const adminId = overrides.adminId ?? (await userFactory()).id;
  const { id } = await createOrganization({
    userId: adminId,
    name: overrides.name ?? `Organisation ${unique()}`,
  });
  return { id, adminId };
}

export interface TeamOverrides {
  organizationId: string;
  name?: string;
  businessUnit?: string;
  ownershipModel?: OwnershipModel;
  structure?: TeamStructure;
}

export async function teamFactory(overrides: TeamOverrides) {
  const team = {
    name: overrides.name ?? `Team ${unique()}`,
    businessUnit: overrides.businessUnit ?? "Research",
    ownershipModel: overrides.ownershipModel ?? "shared",
    structure: overrides.structure ?? "embedded",
  };
  const { id } = await createTeam({ organizationId: overrides.organizationId, team });
  return { id, organizationId: overrides.organizationId, ...team };
}

/** A member of the organisation (role `member` unless given) with a role in one team. */
export async function teamMemberFactory(options: {
  organizationId: string;
  teamId: string;
  role: TeamRole;
  orgRole?: OrgRole;
  userId?: string;
}) {
  const userId = options.userId ?? (await userFactory()).id;
  await db().membership.upsert({
    where: { organizationId_userId: { organizationId: options.organizationId, userId } },
    create: { organizationId: options.organizationId, userId, role: options.orgRole ?? "member" },
    update: {},
  });
  await setTeamRole({
    organizationId: options.organizationId,
    teamId: options.teamId,
    userId,
    role: options.role,
  });
  return { userId };
}

/** The viewer a signed-in user is, as the session gives it to the use-cases. */
export function viewerFactory(options: {
  userId: string;
  organizations?: [string, OrgRole][];
  teams?: [string, TeamRole][];
}): Viewer {
  return {
    userId: options.userId,
    organizations: new Map(options.organizations ?? []),
    teams: new Map(options.teams ?? []),
  };
}

export async function questionnaireVersionId(version: "1" | "2"): Promise<string> {
  return (
    await db().questionnaireVersion.findFirstOrThrow({
      where: { questionnaireId: "mlops-maturity", version },
      select: { id: true },
    })
  ).id;
}

/** A team with a lead and a fresh draft on the given questionnaire version. */
export async function draftFactory(options: {
  organizationId: string;
  version?: "1" | "2";
  team?: Omit<TeamOverrides, "organizationId">;
}) {
  const team = await teamFactory({ organizationId: options.organizationId, ...options.team });
  const { userId } = await teamMemberFactory({
    organizationId: options.organizationId,
    teamId: team.id,
    role: "lead",
  });
  const { id } = await startAssessment({
    teamId: team.id,
    questionnaireVersionId: await questionnaireVersionId(options.version ?? "2"),
    prefillFromLatest: false,
    createdById: userId,
  });
  const lead = viewerFactory({
    userId,
    organizations: [[options.organizationId, "member"]],
    teams: [[team.id, "lead"]],
  });
  return { id, team, lead };
}

/**
 * An assessment with a stored result written straight into `prisma` (no scoring): each object's
 * level is the floor of its score, the weakest level their minimum, the mean their average; for
 * tests of what reads results (dashboard, medians) that need exact numbers.
 */
export async function scoredAssessmentFactory(
  prisma: PrismaClient,
  options: {
    teamId: string;
    questionnaireVersionId: string;
    submittedAt: string;
    /** Data, model and code. */
    scores: [number, number, number];
    status?: "submitted" | "draft";
    /** Open risks: an id (a high risk) or an id with its severity. */
    risks?: (string | [riskId: string, severity: "high" | "medium" | "low"])[];
    coverage?: number;
    evidencedWeakestLevel?: number;
  },
): Promise<{ id: string }> {
  const { scores } = options;
  const levels = scores.map(Math.floor);
  const assessment = await prisma.assessment.create({
    data: {
      teamId: options.teamId,
      questionnaireVersionId: options.questionnaireVersionId,
      status: options.status ?? "submitted",
      submittedAt: new Date(options.submittedAt),
    },
    select: { id: true },
  });
  await prisma.assessmentResult.create({
    data: {
      assessmentId: assessment.id,
      engineVersion: "test",
      weakestLevel: Math.min(...levels),
      meanScore: Math.round(((scores[0] + scores[1] + scores[2]) / 3) * 100) / 100,
      coverage: options.coverage ?? null,
      evidencedWeakestLevel: options.evidencedWeakestLevel ?? null,
      result: {},
      objects: {
        create: (["data", "model", "code"] as const).map((object, i) => ({
          object,
          level: levels[i] ?? 0,
          score: scores[i] ?? 0,
          completion: 1,
          confidence: 1,
        })),
      },
      risks: {
        create: (options.risks ?? []).map((risk) =>
          typeof risk === "string"
            ? { riskId: risk, severity: "high" as const }
            : { riskId: risk[0], severity: risk[1] },
        ),
      },
    },
  });
  return assessment;
}
