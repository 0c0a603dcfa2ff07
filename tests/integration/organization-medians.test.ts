import { beforeAll, expect, it } from "vitest";
import { setDatabase } from "@/server/db/client";
import { findOrganizationMedians } from "@/server/repositories/organization-medians";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { describeEachDatabase } from "./support/databases";
import { scoredAssessmentFactory } from "../support/factories";

/** The organisation's median that a team's PDF report compares itself with: each team's latest submitted assessment only. */

describeEachDatabase("organisation medians for the report", (current) => {
  let organizationId = "";
  let otherOrganizationId = "";

  beforeAll(async () => {
    const { db } = current();
    setDatabase(db);
    await prepareDatabase(db);
    const prisma = db.prisma;
    const version = await prisma.questionnaireVersion.findFirstOrThrow({ select: { id: true } });
    const organization = (name: string) =>
      prisma.organization.create({ data: { name, slug: name.toLowerCase() } }).then((o) => o.id);
    organizationId = await organization("Medians");
    otherOrganizationId = await organization("Elsewhere");
    const team = (orgId: string, name: string) =>
      prisma.team.create({
        data: {
          organizationId: orgId,
          name,
          slug: name.toLowerCase(),
          businessUnit: "Retail",
          ownershipModel: "shared",
          structure: "embedded",
        },
      });
    const submit = (
      teamId: string,
      submittedAt: string,
      scores: [number, number, number],
      status: "submitted" | "draft" = "submitted",
    ) =>
      scoredAssessmentFactory(prisma, {
        teamId,
        questionnaireVersionId: version.id,
        submittedAt,
        scores,
        status,
      });
    const [a, b, c, elsewhere] = await Promise.all([
      team(organizationId, "Alpha"),
      team(organizationId, "Beta"),
      team(organizationId, "Gamma"),
      team(otherOrganizationId, "Delta"),
    ]);
    await submit(a.id, "2026-01-10T10:00:00Z", [0.5, 0.5, 0.5]); // superseded by Alpha's later one
    await submit(a.id, "2026-06-10T10:00:00Z", [1.5, 3.25, 2.0]);
    await submit(b.id, "2026-05-10T10:00:00Z", [2.5, 1.0, 1.0]);
    await submit(c.id, "2026-04-10T10:00:00Z", [3.5, 2.0, 0.5]);
    await submit(elsewhere.id, "2026-04-10T10:00:00Z", [4, 4, 4]);
  });

  it("is the middle of each team's latest assessment, in this organisation only", async () => {
    expect(await findOrganizationMedians({ organizationId })).toEqual({
      teams: 3,
      objects: {
        data: { score: 2.5, level: 2 },
        model: { score: 2, level: 2 },
        code: { score: 1, level: 1 },
      },
    });
  });

  it("is empty for an organisation without a submitted assessment", async () => {
    const prisma = current().db.prisma;
    const empty = (await prisma.organization.create({ data: { name: "Empty", slug: "empty" } })).id;
    expect(await findOrganizationMedians({ organizationId: empty })).toEqual({ teams: 0, objects: {} });
  });
});
