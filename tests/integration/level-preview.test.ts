import { beforeAll, expect, it } from "vitest";
import { submit } from "@/features/assessment/mutations";
import { getLevelPreview } from "@/features/assessment/queries";
import { setDatabase } from "@/server/db/client";
import { findStoredResult } from "@/server/repositories/assessment-results";
import { saveAnswer, setTargets } from "@/server/repositories/assessments";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { bestOption, loadV2, worstOption } from "../support/answers";
import { draftFactory, organizationFactory, viewerFactory } from "../support/factories";
import { describeEachDatabase } from "./support/databases";

/** The review step's preview: the levels a submit of the same saved answers stores, for the lead only. */

const q = loadV2();

describeEachDatabase("level preview", (current) => {
  let organizationId = "";
  beforeAll(async () => {
    setDatabase(current().db);
    await prepareDatabase(current().db);
    organizationId = (await organizationFactory()).id;
  });

  it("gives the levels, scores and weakest link that submitting the same answers stores", async () => {
    setDatabase(current().db);
    const { id, team, lead } = await draftFactory({ organizationId, version: "2" });
    const context = { "models-in-production": "few", "serving-mode": "batch", "model-kind": "trained" };
    for (const [questionId, optionId] of Object.entries(context))
      await saveAnswer({
        assessmentId: id,
        patch: { questionId, answer: { questionId, kind: "option", optionId } },
      });
    // Strong in code, weak in data, half the model questions left open.
    for (const object of q.objects)
      for (const [i, question] of object.questions.entries()) {
        if (object.id === "model" && i % 2 === 1) continue;
        const option = object.id === "data" ? worstOption(question) : bestOption(question);
        await saveAnswer({
          assessmentId: id,
          patch: {
            questionId: question.id,
            answer: { questionId: question.id, kind: "option", optionId: option.id },
          },
        });
      }
    await setTargets({ assessmentId: id, targets: { data: 2, code: 4 } });

    const preview = await getLevelPreview(lead, id);
    const member = viewerFactory({
      userId: lead.userId,
      organizations: [[organizationId, "member"]],
      teams: [[team.id, "member"]],
    });
    await expect(getLevelPreview(member, id)).rejects.toMatchObject({ code: "forbidden" });

    await submit(lead, id);
    const stored = (await findStoredResult({ assessmentId: id }))?.result;
    expect(stored).toBeDefined();
    expect(
      preview.objects.map(({ id: object, level, score, target, gap }) => ({
        object,
        level,
        score,
        target,
        gap,
      })),
    ).toEqual(
      stored?.objects.map(({ object, level, score, target, gap }) => ({ object, level, score, target, gap })),
    );
    expect(preview.weakest.level).toBe(stored?.overall.weakestLevel);
    expect(preview.weakest.objects).toEqual(
      stored?.overall.weakestObjects.map((o) => q.objects.find((x) => x.id === o)?.title),
    );
    expect(preview.objects.find((o) => o.id === "data")?.target).toBe(2);
    await expect(getLevelPreview(lead, id)).rejects.toMatchObject({ code: "conflict" });
  });
});
