import { beforeAll, expect, it } from "vitest";
import { setDatabase } from "@/server/db/client";
import {
  loadDashboardAggregates,
  loadDashboardTeams,
  type DashboardFilters,
} from "@/server/repositories/dashboard";
import { loadDashboardHeadline } from "@/server/repositories/dashboard-headline";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { describeEachDatabase } from "./support/databases";
import { scoredAssessmentFactory, teamFactory } from "../support/factories";

/** The dashboard's SQL on each database: latest per team, level counts, medians, shared risks, quarters. */

/** The aggregates with every team of the table by name (the page reads them a page at a time). */
async function loadDashboard(options: { organizationId: string; filters: DashboardFilters; now?: Date }) {
  const [aggregates, table] = await Promise.all([
    loadDashboardAggregates(options),
    loadDashboardTeams({ ...options, order: { sort: "name", dir: "asc" }, page: 1, pageSize: 100 }),
  ]);
  return { ...aggregates, teams: table.teams };
}

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
    const submit = (teamId: string, submittedAt: string, scores: [number, number, number], risks: string[]) =>
      scoredAssessmentFactory(prisma, {
        teamId,
        questionnaireVersionId: version.id,
        submittedAt,
        scores,
        risks,
      });
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
    expect(dashboard.sharedRisks).toEqual([
      {
        riskId: "r-one",
        severity: "high",
        teams: 2,
        named: [
          {
            teamId: dashboard.teams[0]?.teamId,
            name: "Alpha",
            assessmentId: dashboard.teams[0]?.assessmentId,
          },
          {
            teamId: dashboard.teams[1]?.teamId,
            name: "Beta",
            assessmentId: dashboard.teams[1]?.assessmentId,
          },
        ],
      },
    ]);
  });

  it("marks a team overdue when its latest assessment is older than the organisation's review cadence", async () => {
    const dashboard = await loadDashboard({
      organizationId,
      filters: {},
      now: new Date("2026-12-01T00:00:00Z"),
    });
    // Alpha: 10 Aug, 113 days before; Beta: 10 May, 205 days (the cadence is 180 days by default).
    expect(dashboard.teams.map((t) => [t.name, t.overdue])).toEqual([
      ["Alpha", false],
      ["Beta", true],
      ["Gamma", false],
    ]);
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
    expect(finance.sharedRisks.map((r) => [r.riskId, r.teams, r.named.map((t) => t.name)])).toEqual([
      ["r-one", 1, ["Beta"]],
    ]);
    const all = await loadDashboard({ organizationId, filters: {} });
    const sameVersion = await loadDashboard({ organizationId, filters: { questionnaireVersion: "1" } });
    expect(sameVersion.teams.map((t) => t.name)).toEqual(["Alpha", "Beta"]);
    expect(sameVersion.quarters).toEqual(all.quarters);
    const noSuchVersion = await loadDashboard({ organizationId, filters: { questionnaireVersion: "99" } });
    expect(noSuchVersion.teams).toEqual([]);
    expect(noSuchVersion.quarters).toEqual([]);
  });
});

describeEachDatabase("dashboard headline", (current) => {
  let organizationId = "";
  const NOW = new Date("2026-12-01T00:00:00Z");

  beforeAll(async () => {
    const { db } = current();
    setDatabase(db);
    await prepareDatabase(db);
    const prisma = db.prisma;
    const version = await prisma.questionnaireVersion.findFirstOrThrow({ select: { id: true } });
    organizationId = (await prisma.organization.create({ data: { name: "Headline", slug: "headline" } })).id;
    const team = async (name: string, businessUnit = "Retail") =>
      (
        await prisma.team.create({
          data: {
            organizationId,
            name,
            slug: name.toLowerCase(),
            businessUnit,
            ownershipModel: "shared",
            structure: "embedded",
          },
        })
      ).id;
    const submit = (
      teamId: string,
      submittedAt: string,
      scores: [number, number, number],
      risks: [string, "high" | "medium" | "low"][] = [],
    ) =>
      scoredAssessmentFactory(prisma, {
        teamId,
        questionnaireVersionId: version.id,
        submittedAt,
        scores,
        risks,
      });
    const [rising, mixed, leaping, old] = [
      await team("Rising"),
      await team("Mixed"),
      await team("Leaping", "Finance"),
      await team("Old", "Finance"),
    ];
    await team("Never");
    // Rising: Data L0 → L1, nothing falls: improved by one level.
    await submit(rising, "2026-03-01T00:00:00Z", [0.5, 1.5, 2.0]);
    await submit(
      rising,
      "2026-10-01T00:00:00Z",
      [1.2, 1.8, 2.5],
      [
        ["r-a", "high"],
        ["r-b", "medium"],
      ],
    );
    // Mixed: Data rises, Model falls: not an improvement.
    await submit(mixed, "2026-04-01T00:00:00Z", [2, 2, 2]);
    await submit(mixed, "2026-11-01T00:00:00Z", [3.1, 1.5, 2.2], [["r-a", "high"]]);
    // Leaping: seven levels up, its high risk closed.
    await submit(leaping, "2026-01-01T00:00:00Z", [0.2, 0.4, 0.1], [["r-a", "high"]]);
    await submit(leaping, "2026-09-01T00:00:00Z", [2.5, 3.5, 2.0]);
    // Old: one assessment, long past the 180-day cadence.
    await submit(
      old,
      "2025-01-01T00:00:00Z",
      [4, 4, 4],
      [
        ["r-c", "high"],
        ["r-d", "high"],
      ],
    );
  });

  it("counts the weakest links, the overdue teams, the open high risks and the improved teams", async () => {
    const headline = await loadDashboardHeadline({ organizationId, filters: {}, now: NOW });
    expect(headline).toEqual({
      teams: 5,
      assessed: 4,
      // Weakest levels 1 (Rising), 1 (Mixed), 2 (Leaping), 4 (Old): the lower median is L1.
      medianWeakest: 1,
      atLowLevels: 2,
      overdue: 1,
      reviewCadenceDays: 180,
      highRisks: 4,
      teamsWithHighRisks: 3,
      withPrevious: 3,
      improved: 2,
      mostImproved: [
        expect.objectContaining({ name: "Leaping", previousWeakest: 0, weakest: 2, levelsGained: 7 }),
        expect.objectContaining({ name: "Rising", previousWeakest: 0, weakest: 1, levelsGained: 1 }),
      ],
    });
  });

  it("follows the filters and the organisation's cadence", async () => {
    const finance = await loadDashboardHeadline({
      organizationId,
      filters: { businessUnit: "Finance" },
      now: NOW,
    });
    expect(finance).toMatchObject({
      teams: 2,
      assessed: 2,
      medianWeakest: 2,
      atLowLevels: 0,
      overdue: 1,
      highRisks: 2,
      improved: 1,
    });
    const { db } = current();
    await db.prisma.organization.update({ where: { id: organizationId }, data: { reviewCadenceDays: 60 } });
    const strict = await loadDashboardHeadline({ organizationId, filters: {}, now: NOW });
    // 60 days before 1 Dec is 2 Oct: Rising (1 Oct), Leaping (1 Sep) and Old are overdue, Mixed (1 Nov) is not.
    expect([strict.overdue, strict.reviewCadenceDays]).toEqual([3, 60]);
    await db.prisma.organization.update({ where: { id: organizationId }, data: { reviewCadenceDays: 180 } });
  });

  it("says nothing is there when no team matches", async () => {
    const none = await loadDashboardHeadline({
      organizationId,
      filters: { businessUnit: "Nowhere" },
      now: NOW,
    });
    expect(none).toEqual({
      teams: 0,
      assessed: 0,
      medianWeakest: null,
      atLowLevels: 0,
      overdue: 0,
      reviewCadenceDays: 180,
      highRisks: 0,
      teamsWithHighRisks: 0,
      withPrevious: 0,
      improved: 0,
      mostImproved: [],
    });
  });

  it("counts each team at each quarter's end with its latest assessment by then, over uneven histories", async () => {
    const prisma = current().db.prisma;
    const version = await prisma.questionnaireVersion.findFirstOrThrow({ select: { id: true } });
    const orgId = (await prisma.organization.create({ data: { name: "Histories", slug: "histories" } })).id;
    // Two in one quarter (the earlier never counts), a quarter-start boundary, gaps of several
    // quarters carried forward, and a team that starts late.
    const histories: [string, [string, number][]][] = [
      [
        "North",
        [
          ["2025-01-20T00:00:00Z", 1.0],
          ["2025-02-25T00:00:00Z", 2.0],
          ["2025-10-01T00:00:00Z", 3.0],
        ],
      ],
      [
        "South",
        [
          ["2024-12-31T23:59:00Z", 0.5],
          ["2025-07-01T00:00:00Z", 1.5],
        ],
      ],
      [
        "East",
        [
          ["2025-04-15T00:00:00Z", 2.5],
          ["2025-04-16T00:00:00Z", 0.75],
          ["2026-01-02T00:00:00Z", 4.0],
        ],
      ],
      ["West", [["2025-12-31T00:00:00Z", 3.25]]],
    ];
    for (const [name, assessments] of histories) {
      const team = await teamFactory({ organizationId: orgId, name });
      for (const [submittedAt, score] of assessments)
        await scoredAssessmentFactory(prisma, {
          teamId: team.id,
          questionnaireVersionId: version.id,
          submittedAt,
          scores: [score, score, score],
        });
    }
    // From scratch: at each quarter's end, each team's latest assessment by then.
    const quarterEnds = ["2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01", "2026-01-01", "2026-04-01"];
    const median = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
    };
    const expected = quarterEnds.map((end) => {
      const scores = histories.flatMap(([, assessments]) => {
        const byThen = assessments.filter(([at]) => new Date(at) < new Date(`${end}T00:00:00Z`));
        return byThen.length > 0 ? [byThen.at(-1)?.[1] ?? 0] : [];
      });
      const start = new Date(`${end}T00:00:00Z`);
      start.setUTCMonth(start.getUTCMonth() - 3);
      return [
        `${start.getUTCFullYear()}-Q${Math.floor(start.getUTCMonth() / 3) + 1}`,
        median(scores),
        scores.length,
      ];
    });
    expect(expected[0]).toEqual(["2024-Q4", 0.5, 1]);
    const { quarters } = await loadDashboard({ organizationId: orgId, filters: {} });
    expect(
      quarters.filter((q) => q.object === "data").map((q) => [q.quarter, q.medianScore, q.teams]),
    ).toEqual(expected);
  });
});
