import "server-only";
import { canLeadTeam, canReadTeam, type Viewer } from "@/domain/access/policy";
import { findTeamHistory, findTeamResults } from "@/server/repositories/team-history";
import { questionnaireOfVersion } from "@/server/repositories/questionnaire-versions";
import { db } from "@/server/db/client";

/** A team's history for whoever may read the team (null otherwise: the page answers "not found"). */
export async function getTeamHistory(viewer: Viewer, teamId: string) {
  const history = await findTeamHistory(teamId);
  if (!history || !canReadTeam(viewer, history.team)) return null;
  return { ...history, canLead: canLeadTeam(viewer, history.team) };
}

/** The difference between two submitted assessments of the team: both results and the questionnaire to name risks. */
export async function getTeamDifference(teamId: string, fromId: string, toId: string) {
  const results = await findTeamResults(teamId, [fromId, toId]);
  const from = results.get(fromId);
  const to = results.get(toId);
  if (!from || !to) return null;
  return { from, to, questionnaire: await questionnaireOfVersion(db(), to.questionnaireVersionId) };
}
