import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { db, setDatabase } from "@/server/db/client";
import { findAssessment, saveAnswerAsLead } from "@/server/repositories/assessments";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { loadV2 } from "../support/answers";
import {
  draftFactory,
  organizationFactory,
  questionnaireVersionId,
  teamMemberFactory,
} from "../support/factories";
import { describeEachDatabase } from "./support/databases";

/**
 * Autosave's one statement (saveAnswerAsLead) authorises and writes together: it saves only for a
 * live session of a lead of the assessment's team who still belongs to its organisation, on a
 * draft taken on one of the versions named. Each refusal leaves the stored answers as they were.
 */

const question = loadV2().objects[0]!.questions[0]!;
const option = question.options[1]!.id;

describeEachDatabase("autosave in one statement", (current) => {
  let organizationId = "";
  let v2 = "";
  beforeAll(async () => {
    const { db } = current();
    setDatabase(db);
    await prepareDatabase(db);
    organizationId = (await organizationFactory()).id;
    v2 = await questionnaireVersionId("2");
  });

  async function sessionOf(userId: string, expiresInMs = 60_000): Promise<string> {
    const token = randomUUID();
    await db().session.create({
      data: { token, userId, expiresAt: new Date(Date.now() + expiresInMs) },
    });
    return token;
  }

  async function setUp() {
    setDatabase(current().db);
    const draft = await draftFactory({ organizationId, version: "2" });
    const token = await sessionOf(draft.lead.userId);
    const save = (overrides: { token?: string; versionIds?: string[] } = {}) =>
      saveAnswerAsLead({
        sessionToken: overrides.token ?? token,
        assessmentId: draft.id,
        versionIds: overrides.versionIds ?? [v2],
        patch: {
          questionId: question.id,
          answer: { questionId: question.id, kind: "option", optionId: option },
        },
      });
    const stored = async () => (await findAssessment({ id: draft.id }))?.answers ?? [];
    return { draft, token, save, stored };
  }

  it("saves for the team's lead with a live session, and bumps the revision on each save", async () => {
    const { save, stored } = await setUp();
    const first = await save();
    expect(first?.answer).toEqual({ questionId: question.id, kind: "option", optionId: option });
    const second = await save();
    expect(second?.revision).toBe((first?.revision ?? 0) + 1);
    expect(await stored()).toHaveLength(1);
  });

  it("refuses an unknown, expired or signed-out session", async () => {
    const { draft, save, token, stored } = await setUp();
    expect(await save({ token: "no-such-session" })).toBeNull();
    expect(await save({ token: await sessionOf(draft.lead.userId, -1000) })).toBeNull();
    await db().session.delete({ where: { token } });
    expect(await save()).toBeNull();
    expect(await stored()).toEqual([]);
  });

  it("refuses at once once the lead is made a member, or leaves the organisation", async () => {
    const demoted = await setUp();
    await db().teamMember.updateMany({
      where: { teamId: demoted.draft.team.id, userId: demoted.draft.lead.userId },
      data: { role: "member" },
    });
    expect(await demoted.save()).toBeNull();
    expect(await demoted.stored()).toEqual([]);

    const removed = await setUp();
    await db().membership.deleteMany({ where: { organizationId, userId: removed.draft.lead.userId } });
    expect(await removed.save()).toBeNull();
    expect(await removed.stored()).toEqual([]);
  });

  it("refuses a lead of another team, a submitted assessment and a version the patch was not checked against", async () => {
    const { draft, save, stored } = await setUp();
    const other = await draftFactory({ organizationId, version: "2" });
    expect(await save({ token: await sessionOf(other.lead.userId) })).toBeNull();
    // A manager of the organisation reads the team but does not lead it.
    const { userId: manager } = await teamMemberFactory({
      organizationId,
      teamId: other.team.id,
      role: "member",
      orgRole: "manager",
    });
    expect(await save({ token: await sessionOf(manager) })).toBeNull();
    expect(await save({ versionIds: [await questionnaireVersionId("1")] })).toBeNull();
    expect(await save({ versionIds: [] })).toBeNull();
    await db().assessment.update({
      where: { id: draft.id },
      data: { status: "submitted", submittedAt: new Date() },
    });
    expect(await save()).toBeNull();
    expect(await stored()).toEqual([]);
  });
});
