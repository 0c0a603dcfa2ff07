/**
 * Who may do what: small pure predicates over the signed-in user's memberships. Every page, route
 * handler and query asks these, on the server; nothing else decides access.
 *
 * - admin: manages the organisation (teams, members, invitations) and reads all of it;
 * - manager: reads all of the organisation, including its dashboard;
 * - team lead: takes and edits the assessments of their team;
 * - team member: reads their team's assessments and results.
 */

export type OrgRole = "admin" | "manager" | "member";
export type TeamRole = "lead" | "member";

export interface Viewer {
  userId: string;
  /** Organisation id → the viewer's role in it. */
  organizations: ReadonlyMap<string, OrgRole>;
  /** Team id → the viewer's role in it. */
  teams: ReadonlyMap<string, TeamRole>;
  /** Set when the request came with an API token: what the token may do (see tokenViewer). */
  scopes?: ReadonlySet<TokenScope>;
}

/** What a personal access token may do, for its one team: read assessments and results; post evidence to drafts. */
export const TOKEN_SCOPES = ["results:read", "evidence:write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export interface TeamRef {
  id: string;
  organizationId: string;
}

export interface AssessmentRef {
  team: TeamRef;
}

export function canReadOrganization(viewer: Viewer, organizationId: string): boolean {
  return viewer.organizations.has(organizationId);
}

export function canManageOrganization(viewer: Viewer, organizationId: string): boolean {
  return viewer.organizations.get(organizationId) === "admin";
}

/** Admins and managers see every team of the organisation and its dashboard. */
export function canReadWholeOrganization(viewer: Viewer, organizationId: string): boolean {
  const role = viewer.organizations.get(organizationId);
  return role === "admin" || role === "manager";
}

export function canReadTeam(viewer: Viewer, team: TeamRef): boolean {
  return (
    canReadWholeOrganization(viewer, team.organizationId) ||
    (canReadOrganization(viewer, team.organizationId) && viewer.teams.has(team.id))
  );
}

export function canLeadTeam(viewer: Viewer, team: TeamRef): boolean {
  return canReadOrganization(viewer, team.organizationId) && viewer.teams.get(team.id) === "lead";
}

export function canStartAssessment(viewer: Viewer, team: TeamRef): boolean {
  return canLeadTeam(viewer, team);
}

export function canReadAssessment(viewer: Viewer, assessment: AssessmentRef): boolean {
  return canReadTeam(viewer, assessment.team);
}

/** Who may change answers and targets or submit; whether the assessment is still a draft is a separate check. */
export function canEditAssessment(viewer: Viewer, assessment: AssessmentRef): boolean {
  return canLeadTeam(viewer, assessment.team);
}

/** Decides the answer to a request for a thing: hidden (404), read-only (403 on writes) or allowed. */
export type Access = "hidden" | "read" | "write";

export function assessmentAccess(viewer: Viewer, assessment: AssessmentRef): Access {
  if (canEditAssessment(viewer, assessment)) return "write";
  return canReadAssessment(viewer, assessment) ? "read" : "hidden";
}

export function organizationAccess(viewer: Viewer, organizationId: string): Access {
  if (canManageOrganization(viewer, organizationId)) return "write";
  return canReadOrganization(viewer, organizationId) ? "read" : "hidden";
}

/**
 * The viewer an API token acts as: its owner, narrowed to the token's one team. The owner's roles
 * still decide (a token outlives no removal from the team), and the scopes narrow them further: a
 * lead's token leads the team only with "evidence:write". Every predicate above then applies as is.
 */
export function tokenViewer(
  owner: Viewer,
  token: { team: TeamRef; scopes: ReadonlySet<TokenScope> },
): Viewer {
  const { team, scopes } = token;
  if (!canReadTeam(owner, team))
    return { userId: owner.userId, organizations: new Map(), teams: new Map(), scopes };
  const role: TeamRole = canLeadTeam(owner, team) && scopes.has("evidence:write") ? "lead" : "member";
  return {
    userId: owner.userId,
    organizations: new Map([[team.organizationId, "member"]]),
    teams: new Map([[team.id, role]]),
    scopes,
  };
}

/** A signed-in person may do whatever their roles allow; a token only what its scopes name. */
export function allowsScope(viewer: Viewer, scope: TokenScope): boolean {
  return viewer.scopes === undefined || viewer.scopes.has(scope);
}

/** Who may create a token for a team, with which scopes: reading needs the team readable, evidence needs its lead. */
export function canCreateToken(viewer: Viewer, team: TeamRef, scopes: ReadonlySet<TokenScope>): boolean {
  if (viewer.scopes !== undefined || scopes.size === 0 || !canReadTeam(viewer, team)) return false;
  return !scopes.has("evidence:write") || canLeadTeam(viewer, team);
}
