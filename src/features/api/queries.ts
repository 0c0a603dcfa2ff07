import "server-only";
import { allowsScope, assessmentAccess, canReadTeam, type Viewer } from "@/domain/access/policy";
import type { Level, ObjectId } from "@/domain/questionnaire/primitives";
import { AppError } from "@/lib/errors";
import { findStoredResult } from "@/server/repositories/assessment-results";
import { findAssessment } from "@/server/repositories/assessments";
import {
  findLatestSubmittedId,
  findTeam,
  findTeamSummaries,
  type TeamSummary,
} from "@/server/repositories/teams";
import type { AssessmentReply, ResultReply, TeamsReply } from "./schemas";

/**
 * The versioned API's reads. What the caller may not read does not exist (404); what a token may
 * read but its scopes do not cover is forbidden (403).
 */

const TEAMS_PER_REPLY = 200;
const NO_TEAM = "This team does not exist.";
const NO_ASSESSMENT = "This assessment does not exist.";

function requireScope(viewer: Viewer, scope: "results:read" | "evidence:write"): void {
  if (!allowsScope(viewer, scope))
    throw new AppError("forbidden", `This token does not have the "${scope}" scope.`);
}

const levelsOf = (objects: NonNullable<TeamSummary["latest"]>["objects"], pick: "level" | "evidencedLevel") =>
  Object.fromEntries(objects.map((o) => [o.object, o[pick]])) as Partial<Record<ObjectId, Level | null>>;

/** The teams the caller may read (a token: its one team), each with its latest levels. */
export async function listTeams(viewer: Viewer): Promise<TeamsReply> {
  requireScope(viewer, "results:read");
  const wholeOrganizations = [...viewer.organizations]
    .filter(([, role]) => role === "admin" || role === "manager")
    .map(([id]) => id);
  const summaries = await findTeamSummaries({
    organizationIds: wholeOrganizations,
    teamIds: [...viewer.teams.keys()],
    limit: TEAMS_PER_REPLY + 1,
  });
  const readable = summaries.filter((t) =>
    canReadTeam(viewer, { id: t.id, organizationId: t.organization.id }),
  );
  return {
    truncated: readable.length > TEAMS_PER_REPLY,
    teams: readable.slice(0, TEAMS_PER_REPLY).map((t) => ({
      id: t.id,
      name: t.name,
      organization: t.organization,
      latest: t.latest && {
        assessmentId: t.latest.assessmentId,
        submittedAt: t.latest.submittedAt.toISOString(),
        weakestLevel: t.latest.weakestLevel,
        evidencedWeakestLevel: t.latest.evidencedWeakestLevel,
        levels: levelsOf(t.latest.objects, "level"),
        evidencedLevels: levelsOf(t.latest.objects, "evidencedLevel"),
      },
    })),
  };
}

/** A team's latest submitted result, as the engine of its day computed it. */
export async function latestTeamResult(viewer: Viewer, teamId: string): Promise<ResultReply> {
  const team = await findTeam({ id: teamId });
  if (!team || !canReadTeam(viewer, team)) throw new AppError("not-found", NO_TEAM);
  requireScope(viewer, "results:read");
  const assessmentId = await findLatestSubmittedId({ teamId });
  const assessment = assessmentId ? await findAssessment({ id: assessmentId }) : null;
  const stored = assessmentId ? await findStoredResult({ assessmentId }) : null;
  if (!assessment?.submittedAt || !stored)
    throw new AppError("not-found", `${team.name} has no submitted assessment yet.`);
  return {
    assessmentId: assessment.id,
    team: { id: team.id, name: team.name },
    submittedAt: assessment.submittedAt.toISOString(),
    questionnaire: { id: assessment.questionnaire.id, version: assessment.questionnaire.version },
    result: stored.result,
  };
}

/** An assessment (draft or submitted) with its answers. */
export async function readAssessment(viewer: Viewer, assessmentId: string): Promise<AssessmentReply> {
  const assessment = await findAssessment({ id: assessmentId });
  if (!assessment || assessmentAccess(viewer, assessment) === "hidden")
    throw new AppError("not-found", NO_ASSESSMENT);
  requireScope(viewer, "results:read");
  return {
    id: assessment.id,
    status: assessment.status,
    team: { id: assessment.team.id, name: assessment.team.name },
    questionnaire: { id: assessment.questionnaire.id, version: assessment.questionnaire.version },
    createdAt: assessment.createdAt.toISOString(),
    submittedAt: assessment.submittedAt?.toISOString() ?? null,
    targets: assessment.targets,
    answers: assessment.answers.map(({ questionId, answer, note, evidenceUrl }) => ({
      questionId,
      answer,
      note,
      evidenceUrl,
    })),
  };
}
