import type pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { createMigratedDatabase, describeEachDatabase, postgresServerUrl } from "./support/databases";
import { scoredAssessmentFactory } from "../support/factories";
import { connectedClient } from "../support/pg";

/**
 * The dashboard's summaries (LatestResult, ResultTimeline) are kept by the database whoever writes
 * the assessments: after every change below they equal what a query over the teams' whole
 * histories computes from scratch.
 */

interface Latest {
  teamId: string;
  assessmentId: string;
  dataLevel: number | null;
  riskIds: string[];
  highRisks: number;
  previousAssessmentId: string | null;
  levelsGained: number | null;
  levelsRose: boolean | null;
  levelsFell: boolean | null;
}

/** Each team's latest submitted assessment and the one before it, from the assessments themselves. */
async function fromScratch(prisma: PrismaClient, teamId: string) {
  const submitted = await prisma.assessment.findMany({
    where: { teamId, status: "submitted" },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      submittedAt: true,
      result: { select: { objects: true, risks: { orderBy: { riskId: "asc" } } } },
    },
  });
  return submitted;
}

async function summaries(prisma: PrismaClient, teamId: string) {
  const [latest] = await prisma.$queryRaw<Latest[]>`
    SELECT "teamId", "assessmentId", "dataLevel"::int AS "dataLevel", "riskIds", "highRisks",
           "previousAssessmentId", "levelsGained", "levelsRose", "levelsFell"
    FROM "LatestResult" WHERE "teamId" = ${teamId}`;
  const timeline = await prisma.resultTimeline.findMany({
    where: { teamId },
    orderBy: { submittedAt: "asc" },
    select: { assessmentId: true, submittedAt: true, supersededAt: true },
  });
  return { latest, timeline };
}

/** The summaries of the team equal the ones computed from its assessments. */
async function expectConsistent(prisma: PrismaClient, teamId: string) {
  const submitted = await fromScratch(prisma, teamId);
  const { latest, timeline } = await summaries(prisma, teamId);
  const [newest, previous] = submitted;
  if (!newest) {
    expect(latest).toBeUndefined();
    expect(timeline).toEqual([]);
    return;
  }
  expect(latest?.assessmentId).toBe(newest.id);
  expect(latest?.previousAssessmentId ?? null).toBe(previous?.id ?? null);
  const level = (a: typeof newest | undefined, object: string) =>
    a?.result?.objects.find((o) => o.object === object)?.level;
  expect(latest?.dataLevel ?? undefined).toBe(level(newest, "data"));
  expect(latest?.riskIds).toEqual(newest.result?.risks.map((r) => r.riskId) ?? []);
  expect(latest?.highRisks).toBe(newest.result?.risks.filter((r) => r.severity === "high").length ?? 0);
  const oldestFirst = [...submitted].reverse();
  expect(timeline).toEqual(
    oldestFirst.map((a, i) => ({
      assessmentId: a.id,
      submittedAt: a.submittedAt,
      supersededAt: oldestFirst[i + 1]?.submittedAt ?? null,
    })),
  );
}

async function teamIn(prisma: PrismaClient, name: string) {
  const organization = await prisma.organization.create({
    data: { name, slug: name.toLowerCase().replace(/\W+/g, "-") },
  });
  return prisma.team.create({
    data: {
      organizationId: organization.id,
      name,
      slug: "team",
      businessUnit: "Retail",
      ownershipModel: "shared",
      structure: "embedded",
    },
  });
}

describeEachDatabase("the dashboard's summaries follow every write", (current) => {
  let prisma: PrismaClient;
  let versionId = "";

  beforeAll(async () => {
    const { db } = current();
    await prepareDatabase(db);
    prisma = db.prisma;
    versionId = (await prisma.questionnaireVersion.findFirstOrThrow({ select: { id: true } })).id;
  });

  const assess = (
    teamId: string,
    submittedAt: string,
    scores: [number, number, number],
    options: { status?: "submitted" | "draft"; risks?: string[] } = {},
  ) =>
    scoredAssessmentFactory(prisma, {
      teamId,
      questionnaireVersionId: versionId,
      submittedAt,
      scores,
      ...options,
    });

  it("a first, a later and an earlier (imported) assessment; the change since the previous one", async () => {
    const team = await teamIn(prisma, "Order Of Arrival");
    await expectConsistent(prisma, team.id);
    await assess(team.id, "2026-02-01T00:00:00Z", [1.2, 1.5, 0.5], { risks: ["a-risk", "b-risk"] });
    await expectConsistent(prisma, team.id);
    await assess(team.id, "2026-05-01T00:00:00Z", [2.2, 1.5, 1.5], { risks: ["b-risk"] });
    await expectConsistent(prisma, team.id);
    const { latest } = await summaries(prisma, team.id);
    expect(latest).toMatchObject({ levelsGained: 2, levelsRose: true, levelsFell: false, highRisks: 1 });
    // An export of an older assessment, imported later: the latest stays, the timeline takes it in.
    await assess(team.id, "2025-11-01T00:00:00Z", [0.5, 0.5, 0.5]);
    await expectConsistent(prisma, team.id);
  });

  it("a draft counts once it is submitted, and a deleted assessment no longer counts", async () => {
    const team = await teamIn(prisma, "Drafts And Deletions");
    const first = await assess(team.id, "2026-01-15T00:00:00Z", [3.1, 3.1, 3.1]);
    const draft = await prisma.assessment.create({
      data: { teamId: team.id, questionnaireVersionId: versionId },
      select: { id: true },
    });
    await expectConsistent(prisma, team.id);
    expect((await summaries(prisma, team.id)).latest?.assessmentId).toBe(first.id);
    await prisma.assessment.update({
      where: { id: draft.id },
      data: { status: "submitted", submittedAt: new Date("2026-03-01T00:00:00Z") },
    });
    await expectConsistent(prisma, team.id);
    expect((await summaries(prisma, team.id)).latest?.assessmentId).toBe(draft.id);
    await prisma.assessment.delete({ where: { id: draft.id } });
    await expectConsistent(prisma, team.id);
    expect((await summaries(prisma, team.id)).latest?.assessmentId).toBe(first.id);
    await prisma.assessment.delete({ where: { id: first.id } });
    await expectConsistent(prisma, team.id);
  });

  it("a deleted team takes its summaries with it", async () => {
    const team = await teamIn(prisma, "Gone Team");
    await assess(team.id, "2026-01-15T00:00:00Z", [2, 2, 2]);
    await prisma.team.delete({ where: { id: team.id } });
    expect(await prisma.latestResult.count({ where: { teamId: team.id } })).toBe(0);
    expect(await prisma.resultTimeline.count({ where: { teamId: team.id } })).toBe(0);
  });
});

describe.runIf(postgresServerUrl)("the dashboard's queries on a Postgres server", () => {
  it("the app's sessions run without JIT compilation (it costs the aggregates 250–500 ms each)", async () => {
    const { db, drop } = await createMigratedDatabase("postgres");
    try {
      const [setting] = await db.withSession((s) => s.query<{ jit: string }>("SHOW jit"));
      expect(setting?.jit).toBe("off");
    } finally {
      await drop();
    }
  });

  it("two transactions submitting for one team, the second refreshing before the first commits: both count", async () => {
    const { db, drop } = await createMigratedDatabase("postgres");
    const url = db.target.kind === "postgres" ? db.target.url : "";
    const [first, second] = [await connectedClient(url), await connectedClient(url)];
    try {
      await prepareDatabase(db);
      const prisma = db.prisma;
      const versionId = (await prisma.questionnaireVersion.findFirstOrThrow({ select: { id: true } })).id;
      const team = await teamIn(prisma, "Concurrent Team");
      const submitIn = async (client: pg.Client, id: string, submittedAt: string) => {
        await client.query("BEGIN");
        await client.query(
          `INSERT INTO "Assessment" (id, "teamId", "questionnaireVersionId", status, "submittedAt", "updatedAt")
           VALUES ($1, $2, $3, 'submitted', $4, now())`,
          [id, team.id, versionId, submittedAt],
        );
        await client.query(
          `INSERT INTO "AssessmentResult" ("assessmentId", "engineVersion", "weakestLevel", "meanScore", result)
           VALUES ($1, 'test', 1, 1, '{}')`,
          [id],
        );
        // The refresh that would run at commit runs now, inside the open transaction.
        return client.query("SET CONSTRAINTS ALL IMMEDIATE");
      };
      await submitIn(first, "concurrent-earlier", "2026-04-01T00:00:00Z");
      const secondRefreshed = submitIn(second, "concurrent-later", "2026-04-02T00:00:00Z");
      await new Promise((resolve) => setTimeout(resolve, 300));
      await first.query("COMMIT");
      await secondRefreshed;
      await second.query("COMMIT");
      await expectConsistent(prisma, team.id);
      expect((await summaries(prisma, team.id)).latest?.assessmentId).toBe("concurrent-later");
    } finally {
      await first.end();
      await second.end();
      await drop();
    }
  });
});
