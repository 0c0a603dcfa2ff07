import { beforeAll, expect, it } from "vitest";
import { setDatabase } from "@/server/db/client";
import { loadDashboard } from "@/server/repositories/dashboard";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { describeEachDatabase } from "./support/databases";

/** The dashboard's SQL on each database: latest per team, level counts, medians, shared risks, quarters. */

describeEachDatabase("dashboard aggregation", (current) => {
  let organizationId = "";

  beforeAll(async () => {
    const { db } = current();
    setDatabase(db);
    await prepareDatabase(db);
    const prisma = db.prisma;
    const version = await prisma.questionnaireVersion.findFirstOrThrow({ select: { id: true } });
    organizationId = (await prisma.organization.create({ data: { name: "Aggregates", slug: "aggregates" } }))
      .id;
    const team = (name: string, businessUnit: string) =>
      prisma.team.create({
        data: {
          organizationId,
          name,
          slug: name.toLowerCase(),
          businessUnit,
          ownershipModel: "shared",
          structure: "embedded",
        },
      });
    const [a, b] = await Promise.all([
      team("Alpha", "Retail"),
      team("Beta", "Finance"),
      team("Gamma", "Finance"),
    ]);
    const submit = async (
      teamId: string,
      date: string,
      scores: [number, number, number],
      risks: string[],
    ) => {
      const assessment = await prisma.assessment.create({
        data: {
          teamId,
          questionnaireVersionId: version.id,
          status: "submitted",
          submittedAt: new Date(date),
        },
      });
      const levels = scores.map(Math.floor);
      await prisma.assessmentResult.create({
        data: {
          assessmentId: assessment.id,
          engineVersion: "test",
          weakestLevel: Math.min(...levels),
          meanScore: Math.round(((scores[0] + scores[1] + scores[2]) / 3) * 100) / 100,
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
          risks: { create: risks.map((riskId) => ({ riskId, severity: "high" as const })) },
        },
      });
    };
    await submit(a.id, "2026-02-10T10:00:00Z", [1.5, 1.2, 2.0], ["r-one", "r-two"]);
    await submit(b.id, "2026-05-10T10:00:00Z", [2.5, 3.0, 1.0], ["r-one"]);
    await submit(a.id, "2026-08-10T10:00:00Z", [3.5, 2.2, 2.4], ["r-one"]);
  });

  it("takes each team's latest assessment, and keeps teams without one", async () => {
    const dashboard = await loadDashboard({ organizationId, filters: {} });
    expect(
      dashboard.teams.map((t) => [t.name, t.objects.data?.level ?? null, t.objects.data?.score ?? null]),
    ).toEqual([
      ["Alpha", 3, 3.5],
      ["Beta", 2, 2.5],
      ["Gamma", null, null],
    ]);
    expect(dashboard.distribution.data).toEqual([0, 0, 1, 1, 0]);
    expect(dashboard.median.data).toBe(3);
    expect(dashboard.sharedRisks).toEqual([{ riskId: "r-one", teams: 2 }]);
  });

  it("describes each quarter's end with every team's latest assessment by then", async () => {
    const { quarters } = await loadDashboard({ organizationId, filters: {} });
    const data = quarters.filter((q) => q.object === "data").map((q) => [q.quarter, q.medianScore, q.teams]);
    expect(data).toEqual([
      ["2026-Q1", 1.5, 1],
      ["2026-Q2", 2, 2],
      ["2026-Q3", 3, 2],
    ]);
  });

  it("filters by business unit and by questionnaire version", async () => {
    const finance = await loadDashboard({ organizationId, filters: { businessUnit: "Finance" } });
    expect(finance.teams.map((t) => t.name)).toEqual(["Beta", "Gamma"]);
    expect(finance.sharedRisks).toEqual([{ riskId: "r-one", teams: 1 }]);
    const all = await loadDashboard({ organizationId, filters: {} });
    const sameVersion = await loadDashboard({ organizationId, filters: { questionnaireVersion: "1" } });
    expect(sameVersion.teams.map((t) => t.name)).toEqual(["Alpha", "Beta"]);
    expect(sameVersion.quarters).toEqual(all.quarters);
    const noSuchVersion = await loadDashboard({ organizationId, filters: { questionnaireVersion: "99" } });
    expect(noSuchVersion.teams).toEqual([]);
    expect(noSuchVersion.quarters).toEqual([]);
  });
});
