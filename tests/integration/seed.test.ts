import { expect, it } from "vitest";
import { scoreAssessment } from "@/domain/scoring/engine";
import { rowToAnswer } from "@/server/repositories/answer-rows";
import { findQuestionnaireVersion } from "@/server/repositories/questionnaire-versions";
import { DEMO_HISTORIES } from "@/features/demo/histories";
import { seedDemo, seedDemoIfEmpty } from "@/features/demo/seed";
import { setDatabase } from "@/server/db/client";
import { DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS } from "@/server/seed/demo-people";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { verifyPassword } from "better-auth/crypto";
import { describeEachDatabase } from "./support/databases";

const TABLES = [
  "Organization",
  "Team",
  "User",
  "Membership",
  "TeamMember",
  "QuestionnaireVersion",
  "Assessment",
  "Answer",
  "AssessmentResult",
  "ObjectResult",
  "ResultRisk",
];

describeEachDatabase("the demo seed", (current) => {
  async function snapshot() {
    const { db } = current();
    const entries = await Promise.all(
      TABLES.map(async (table) => {
        const rows = await db.withSession((s) =>
          s.query<Record<string, unknown>>(`SELECT * FROM "${table}" ORDER BY 1, 2`),
        );
        // Row timestamps set by the database on write are not content.
        return [table, rows.map(({ updatedAt: _u, createdAt: _c, ...row }) => row)] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  it("creates the demo organisation, its teams, one user per role and assessment histories", async () => {
    const { db } = current();
    setDatabase(db);
    await prepareDatabase(db);
    expect(await seedDemoIfEmpty({ passwords: false })).toBe(true);
    expect(await seedDemoIfEmpty({ passwords: false })).toBe(false);
    const teams = await db.prisma.team.findMany({ select: { name: true, businessUnit: true } });
    expect(teams.map((t) => t.name).sort()).toEqual(DEMO_TEAMS.map((t) => t.name).sort());
    expect(new Set(teams.map((t) => t.businessUnit)).size).toBeGreaterThanOrEqual(4);
    expect(await db.prisma.user.count()).toBe(DEMO_USERS.length);
    const submitted = DEMO_HISTORIES.reduce((n, h) => n + h.submitted.length, 0);
    expect(await db.prisma.assessment.count({ where: { status: "submitted" } })).toBe(submitted);
    expect(await db.prisma.assessment.count({ where: { status: "draft" } })).toBe(1);
    expect(await db.prisma.assessmentResult.count()).toBe(submitted);
    // A real server gets the demo users without any way to sign in as them.
    expect(await db.prisma.account.count()).toBe(0);
  });

  it("stores results that are exactly what the engine gives for the stored answers", async () => {
    const { db } = current();
    const assessments = await db.prisma.assessment.findMany({
      where: { status: "submitted" },
      include: { answers: true, result: { include: { objects: true } }, questionnaireVersion: true },
    });
    for (const assessment of assessments) {
      const version = await findQuestionnaireVersion({
        id: assessment.questionnaireVersion.questionnaireId,
        version: assessment.questionnaireVersion.version,
      });
      if (!version) throw new Error("questionnaire version missing");
      const answers = assessment.answers.map(rowToAnswer).filter((a) => a !== null);
      const targets = {
        data: assessment.targetData ?? undefined,
        model: assessment.targetModel ?? undefined,
        code: assessment.targetCode ?? undefined,
      };
      const result = scoreAssessment(version.questionnaire, { answers, targets });
      expect(assessment.result?.result).toEqual(JSON.parse(JSON.stringify(result)));
      expect(assessment.result?.objects.map((o) => [o.object, o.level, Number(o.score)]).sort()).toEqual(
        result.objects.map((o) => [o.object, o.level, o.score]).sort(),
      );
    }
    const levels = new Set(assessments.flatMap((a) => a.result?.objects.map((o) => o.level) ?? []));
    expect(levels.size).toBeGreaterThanOrEqual(3);
  });

  it("leaves exactly the same state when run twice", async () => {
    const { db } = current();
    setDatabase(db);
    const before = await snapshot();
    await prepareDatabase(db);
    await seedDemo({ passwords: false });
    expect(await snapshot()).toEqual(before);
  });

  it("gives the demo users the demo password only when asked (the embedded demo database), and keeps it on reseeding", async () => {
    const { db } = current();
    setDatabase(db);
    await seedDemo({ passwords: true });
    const accounts = await db.prisma.account.findMany({
      select: { userId: true, providerId: true, password: true },
    });
    expect(accounts).toHaveLength(DEMO_USERS.length);
    for (const account of accounts)
      expect(await verifyPassword({ hash: account.password ?? "", password: DEMO_PASSWORD })).toBe(true);
    await seedDemo({ passwords: true });
    expect(
      await db.prisma.account.findMany({ select: { userId: true, providerId: true, password: true } }),
    ).toEqual(accounts);
  });
});
