import { beforeAll, expect, it } from "vitest";
import { DASHBOARD_CSV_HEADER, dashboardCsvStream, dashboardRows } from "@/features/dashboard/exports";
import { SORT_KEYS, type SortKey } from "@/features/dashboard/schemas";
import { toCsv } from "@/lib/csv";
import { setDatabase } from "@/server/db/client";
import {
  loadDashboardTeams,
  loadMedianMean,
  streamDashboardTeams,
  type DashboardFilters,
  type DashboardTeamRow,
} from "@/server/repositories/dashboard";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { describeEachDatabase } from "./support/databases";
import { scoredAssessmentFactory } from "../support/factories";

/**
 * The heatmap sorted, filtered and paged in SQL: every sortable column in both directions with
 * ties and teams without a value, page boundaries, a page past the end, the counts, and the
 * streamed CSV, byte for byte the CSV of every row at once.
 */

/** The order the page promises, in plain TypeScript: the column's value (teams without one last, by name), then the name and the id in the same direction. */
function expectedOrder(teams: DashboardTeamRow[], sort: SortKey, dir: "asc" | "desc"): string[] {
  const value = (t: DashboardTeamRow): number | string | null => {
    if (sort === "name") return t.name.toLowerCase();
    if (sort === "data" || sort === "model" || sort === "code") return t.objects[sort]?.score ?? null;
    if (sort === "weakest") return t.weakestLevel;
    if (sort === "evidenced") return t.evidencedWeakestLevel;
    if (sort === "mean") return t.meanScore;
    if (sort === "coverage") return t.coverage;
    return t.submittedAt?.getTime() ?? null;
  };
  const codePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sign = dir === "asc" ? 1 : -1;
  return [...teams]
    .sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === null && y === null) return codePoints(a.name.toLowerCase(), b.name.toLowerCase());
      if (x === null) return 1;
      if (y === null) return -1;
      if (x !== y) return (x < y ? -1 : 1) * sign;
      return (codePoints(a.name, b.name) || codePoints(a.teamId, b.teamId)) * sign;
    })
    .map((t) => t.name);
}

describeEachDatabase("dashboard table in SQL", (current) => {
  let organizationId = "";
  const now = new Date("2026-06-01T00:00:00Z");

  beforeAll(async () => {
    const { db } = current();
    setDatabase(db);
    await prepareDatabase(db);
    const prisma = db.prisma;
    const version = await prisma.questionnaireVersion.findFirstOrThrow({ select: { id: true } });
    organizationId = (await prisma.organization.create({ data: { name: "Sorting", slug: "sorting" } })).id;
    const team = (name: string, businessUnit: string, i: number) =>
      prisma.team.create({
        data: {
          organizationId,
          name,
          slug: `${name.toLowerCase()}-${i}`,
          businessUnit,
          ownershipModel: businessUnit === "Retail" ? "shared" : "end_to_end",
          structure: "embedded",
        },
      });
    const submit = (
      teamId: string,
      submittedAt: string,
      scores: [number, number, number],
      extra: { coverage?: number; evidenced?: number } = {},
    ) =>
      scoredAssessmentFactory(prisma, {
        teamId,
        questionnaireVersionId: version.id,
        submittedAt,
        scores,
        coverage: extra.coverage,
        evidencedWeakestLevel: extra.evidenced,
      });
    // Ties on every column (same scores, same day), names that differ only in case, and teams never assessed.
    const names = ["Alpha", "beta", "Beta", "Gamma", "delta", "Epsilon", "Zeta", "eta", "Theta"];
    const ids = new Map<string, string>();
    for (const [i, name] of names.entries())
      ids.set(name, (await team(name, i % 2 === 0 ? "Retail" : "Finance", i)).id);
    const id = (name: string) => ids.get(name) ?? "";
    await submit(id("Alpha"), "2026-03-01T10:00:00Z", [2.5, 1.5, 3.0], { coverage: 0.5, evidenced: 1 });
    await submit(id("beta"), "2026-03-01T10:00:00Z", [2.5, 1.5, 3.0], { coverage: 0.5 });
    await submit(id("Beta"), "2026-05-01T10:00:00Z", [1.0, 2.0, 2.0], { coverage: 0.75, evidenced: 1 });
    await submit(id("Gamma"), "2026-01-01T10:00:00Z", [0.5, 0.5, 0.5]);
    await submit(id("Gamma"), "2026-05-01T10:00:00Z", [3.5, 3.5, 3.5], { coverage: 0.9, evidenced: 3 });
    await submit(id("delta"), "2026-05-01T10:00:00Z", [1.0, 2.0, 2.0], { coverage: 0.75 });
    await submit(id("Zeta"), "2025-02-01T10:00:00Z", [0.2, 4.0, 1.1], { coverage: 0.2 });
    // Epsilon, eta and Theta have no submitted assessment.
  });

  const everyTeam = async (filters: DashboardFilters = {}) =>
    (
      await loadDashboardTeams({
        organizationId,
        filters,
        order: { sort: "name", dir: "asc" },
        page: 1,
        pageSize: 100,
        now,
      })
    ).teams;

  it("sorts by every column in both directions, ties by name then id, teams without a value last", async () => {
    const all = await everyTeam();
    expect(all).toHaveLength(9);
    for (const sort of SORT_KEYS)
      for (const dir of ["asc", "desc"] as const) {
        const page = await loadDashboardTeams({
          organizationId,
          filters: {},
          order: { sort, dir },
          page: 1,
          pageSize: 100,
          now,
        });
        expect(
          page.teams.map((t) => t.name),
          `${sort} ${dir}`,
        ).toEqual(expectedOrder(all, sort, dir));
      }
    const byWeakestDown = await loadDashboardTeams({
      organizationId,
      filters: {},
      order: { sort: "weakest", dir: "desc" },
      page: 1,
      pageSize: 100,
      now,
    });
    // L3 first; the three teams at L1 by name in the same direction (code points: 'B' before 'b' before 'd'), then L0, then never assessed by name.
    expect(byWeakestDown.teams.map((t) => t.name)).toEqual([
      "Gamma",
      "delta",
      "beta",
      "Beta",
      "Alpha",
      "Zeta",
      "Epsilon",
      "eta",
      "Theta",
    ]);
  });

  it("cuts pages on the same order: the pages together are the whole list, a page past the end is the last", async () => {
    for (const sort of ["name", "weakest", "assessed", "data"] as const)
      for (const dir of ["asc", "desc"] as const) {
        const order = { sort, dir };
        const whole = await loadDashboardTeams({
          organizationId,
          filters: {},
          order,
          page: 1,
          pageSize: 100,
          now,
        });
        const pages = [];
        for (let page = 1; page <= 3; page++) {
          const cut = await loadDashboardTeams({
            organizationId,
            filters: {},
            order,
            page,
            pageSize: 4,
            now,
          });
          expect([cut.page, cut.pages, cut.total, cut.assessed]).toEqual([page, 3, 9, 6]);
          pages.push(...cut.teams.map((t) => t.name));
        }
        expect(pages).toEqual(whole.teams.map((t) => t.name));
        const past = await loadDashboardTeams({
          organizationId,
          filters: {},
          order,
          page: 7,
          pageSize: 4,
          now,
        });
        expect([past.page, past.pages, past.teams.map((t) => t.name)]).toEqual([
          3,
          3,
          whole.teams.slice(8).map((t) => t.name),
        ]);
      }
  });

  it("filters in SQL and counts only the teams the filters keep", async () => {
    const retail = await loadDashboardTeams({
      organizationId,
      filters: { businessUnit: "Retail" },
      order: { sort: "mean", dir: "desc" },
      page: 1,
      pageSize: 2,
      now,
    });
    expect([retail.total, retail.assessed, retail.pages]).toEqual([5, 4, 3]);
    expect(retail.teams.map((t) => t.name)).toEqual(["Alpha", "Zeta"]);
    const endToEnd = await everyTeam({ ownershipModel: "end_to_end" });
    expect(endToEnd.map((t) => t.name)).toEqual(["beta", "Epsilon", "eta", "Gamma"]);
    const none = await loadDashboardTeams({
      organizationId,
      filters: { questionnaireVersion: "99" },
      order: { sort: "name", dir: "asc" },
      page: 3,
      pageSize: 4,
      now,
    });
    expect([none.total, none.assessed, none.page, none.pages, none.teams]).toEqual([0, 0, 1, 1, []]);
    const versioned = await everyTeam({ questionnaireVersion: "1" });
    expect(versioned.map((t) => t.name)).toEqual(["Alpha", "Beta", "beta", "delta", "Gamma", "Zeta"]);
  });

  it("reads each team's latest assessment and the median of the teams' means", async () => {
    const gamma = (await everyTeam()).find((t) => t.name === "Gamma");
    expect([gamma?.weakestLevel, gamma?.objects.data?.score, gamma?.coverage, gamma?.overdue]).toEqual([
      3,
      3.5,
      0.9,
      false,
    ]);
    const zeta = (await everyTeam()).find((t) => t.name === "Zeta");
    expect(zeta?.overdue).toBe(true);
    // Means: Alpha 2.33, beta 2.33, Beta 1.67, Gamma 3.5, delta 1.67, Zeta 1.77 → median (1.77 + 2.33) / 2.
    expect(await loadMedianMean({ organizationId, filters: {} })).toBeCloseTo(2.05, 5);
  });

  it("streams the CSV in batches, byte for byte the CSV of every row at once", async () => {
    for (const order of [
      { sort: "weakest", dir: "desc" },
      { sort: "name", dir: "asc" },
    ] as const) {
      const whole = await loadDashboardTeams({
        organizationId,
        filters: {},
        order,
        page: 1,
        pageSize: 100,
        now,
      });
      const expected = toCsv(DASHBOARD_CSV_HEADER, dashboardRows(whole.teams, whole.medianMean));
      for (const batchSize of [1, 2, 4, 9, 50]) {
        const batches = streamDashboardTeams({ organizationId, filters: {}, order, batchSize, now });
        const streamed = await new Response(dashboardCsvStream(batches, whole.medianMean)).text();
        expect(streamed, `batches of ${batchSize}`).toBe(expected);
      }
    }
    const empty = streamDashboardTeams({
      organizationId,
      filters: { businessUnit: "None" },
      order: { sort: "name", dir: "asc" },
    });
    expect(await new Response(dashboardCsvStream(empty, null)).text()).toBe(toCsv(DASHBOARD_CSV_HEADER, []));
  });
});
