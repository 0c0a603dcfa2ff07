import type { APIRequestContext } from "@playwright/test";
import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { Answer } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import type { AssessmentResult } from "@/domain/scoring/result";
import { apiCaller } from "./support";

/**
 * An organisation built through the API with answers the test chooses, so that every level the
 * dashboard, the CSV and the PDF show can be checked against the engine's result for those answers.
 */

export interface FixtureTeam {
  name: string;
  businessUnit: string;
  teamId: string;
  assessmentId: string;
  answers: Answer[];
  result: AssessmentResult;
}

type Profile = "strong" | "weak" | "lopsided";

/** The option a profile picks: strong takes the best, weak the worst, lopsided is strong in code only. */
function answersFor(questionnaire: Questionnaire, profile: Profile): Answer[] {
  return questionnaire.objects.flatMap((o) =>
    o.questions.map((q): Answer => {
      const byValue = [...q.options].sort((a, b) => a.value - b.value);
      const best = profile === "strong" || (profile === "lopsided" && o.id === "code");
      const option = best ? byValue[byValue.length - 1] : profile === "lopsided" ? byValue[1] : byValue[0];
      return { questionId: q.id, kind: "option", optionId: option?.id ?? "" };
    }),
  );
}

export async function createFixtureOrganization(
  request: APIRequestContext,
  base: string,
  questionnaire: Questionnaire,
  owner: { name: string; email: string },
): Promise<{ organizationId: string; teams: FixtureTeam[] }> {
  const post = apiCaller(request, base);
  const user = await post<{ user: { id: string } }>("/api/auth/sign-up/email", {
    name: owner.name,
    email: owner.email,
    password: "fixture-password-1",
  });
  const { id: organizationId } = await post<{ id: string }>("/api/organizations", {
    name: "Fixture Analytics",
  });
  const specs: { name: string; businessUnit: string; profile: Profile }[] = [
    { name: "Alpha Forecasting", businessUnit: "Finance", profile: "strong" },
    { name: "Beta Vision", businessUnit: "Retail", profile: "weak" },
    { name: "Gamma Pricing", businessUnit: "Retail", profile: "lopsided" },
  ];
  const teams: FixtureTeam[] = [];
  for (const spec of specs) {
    const { id: teamId } = await post<{ id: string }>(`/api/organizations/${organizationId}/teams`, {
      name: spec.name,
      businessUnit: spec.businessUnit,
      ownershipModel: "shared",
      structure: "embedded",
    });
    await post(
      `/api/organizations/${organizationId}/members/${user.user.id}/teams`,
      { teamId, role: "lead" },
      "put",
    );
    const { id: assessmentId } = await post<{ id: string }>("/api/assessments/start", { teamId });
    const answers = answersFor(questionnaire, spec.profile);
    for (const answer of answers) {
      await post(`/api/assessments/${assessmentId}/answers`, {
        questionId: answer.questionId,
        answer: { kind: "option", optionId: (answer as { optionId: string }).optionId },
      });
    }
    await post(`/api/assessments/${assessmentId}/targets`, { data: 3, model: 3, code: 3 });
    await post(`/api/assessments/${assessmentId}/submit`, {});
    teams.push({
      ...spec,
      teamId,
      assessmentId,
      answers,
      result: scoreAssessment(questionnaire, { answers, targets: { data: 3, model: 3, code: 3 } }),
    });
  }
  return { organizationId, teams };
}
