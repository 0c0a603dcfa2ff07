import "server-only";
import { cache } from "react";
import { canLeadTeam, canReadTeam, canReadWholeOrganization, type Viewer } from "@/domain/access/policy";
import { questionnaireOfVersion } from "@/server/repositories/questionnaire-versions";
import { findTeamHistory, findTeamResults, type TeamHistory } from "@/server/repositories/team-history";
import { findTeam } from "@/server/repositories/teams";
import { uuidSchema } from "@/lib/ids";

export type TeamMilestone = TeamHistory["submitted"][number];

/** A team's history for whoever may read the team (null otherwise: the page answers "not found"). */
export async function getTeamHistory(viewer: Viewer, teamId: string) {
  const history = await findTeamHistory({ teamId });
  if (!history || !canReadTeam(viewer, history.team)) return null;
  return {
    ...history,
    canLead: canLeadTeam(viewer, history.team),
    /** Managers and admins read the whole organisation on its dashboard. */
    wholeOrganization: canReadWholeOrganization(viewer, history.team.organizationId),
  };
}

/**
 * The difference between two submitted assessments of a team the viewer may read: both results
 * and the questionnaire to name risks (null when either is missing or the team is not readable).
 */
export async function getTeamDifference(viewer: Viewer, teamId: string, fromId: string, toId: string) {
  const team = await findTeam({ id: teamId });
  if (!team || !canReadTeam(viewer, team)) return null;
  const results = await findTeamResults({ teamId, assessmentIds: [fromId, toId] });
  const from = results.get(fromId);
  const to = results.get(toId);
  if (!from || !to) return null;
  return { from, to, questionnaire: await questionnaireOfVersion({ versionId: to.questionnaireVersionId }) };
}

/**
 * The team page's data: the history, the two assessments picked for the difference (from the URL,
 * or the last two) and their difference when they are two different ones.
 */
export const getTeamPage = cache(async function getTeamPage(
  viewer: Viewer,
  teamId: string,
  query: { from?: string; to?: string },
) {
  const history = await getTeamHistory(viewer, teamId);
  if (!history) return null;
  const { submitted } = history;
  const fromId = uuidSchema.safeParse(query.from).data ?? submitted.at(-2)?.id;
  const toId = uuidSchema.safeParse(query.to).data ?? submitted.at(-1)?.id;
  const difference =
    fromId && toId && fromId !== toId ? await getTeamDifference(viewer, history.team.id, fromId, toId) : null;
  return { ...history, fromId, toId, difference };
});
