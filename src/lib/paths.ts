/**
 * Every URL the app builds, pages and API, in one place. The builders return template literal
 * types (`/teams/${string}`) that Next's typed routes check against the app's routes, so a page
 * link needs no cast; a query string is added by `withQuery`.
 */

type Query = Record<string, string | number | null | undefined>;

/** `path?a=1&b=2` without the empty values, or `path` alone when none is left. */
export function withQuery<P extends string>(
  path: P,
  query: Query = {},
  hash?: string,
): P | `${P}?${string}` | `${P}#${string}` {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== null && value !== undefined && value !== "") params.set(key, String(value));
  const search = params.toString();
  const suffix = hash ? `#${hash}` : "";
  if (search) return `${path}?${search}${suffix}`;
  return hash ? `${path}#${hash}` : path;
}

/** `?next=` for sign-in and sign-up, left out when it is the start page. */
const returnTo = (next?: string) => (next && next !== "/" ? { next } : {});

export const paths = {
  home: () => "/" as const,
  signIn: (next?: string) => withQuery("/sign-in", returnTo(next)),
  signUp: (next?: string) => withQuery("/sign-up", returnTo(next)),
  forgotPassword: () => "/forgot-password" as const,
  resetPassword: () => "/reset-password" as const,
  /** The answering page, at one of its steps (`?section=model`, `?section=review`; the first without). */
  assessment: (id: string, section?: string, hash?: string) =>
    withQuery(`/assessments/${id}`, { section }, hash),
  results: (id: string, options: { lens?: string; hash?: string } = {}) =>
    withQuery(`/assessments/${id}/results`, { lens: options.lens }, options.hash),
  team: (teamId: string, query: { from?: string; to?: string } = {}) => withQuery(`/teams/${teamId}`, query),
  organization: (organizationId: string) => `/organizations/${organizationId}` as const,
  dashboard: (organizationId: string, query: Query = {}) =>
    withQuery(`/organizations/${organizationId}/dashboard`, query),
  compare: (organizationId: string) => `/organizations/${organizationId}/compare` as const,
  invitation: (token: string) => `/invitations/${token}` as const,
  settings: () => "/settings" as const,

  /** Files the app serves (not pages). */
  files: { scanner: () => "/scanner.mjs" as const },

  api: {
    startAssessment: () => "/api/assessments/start" as const,
    answers: (assessmentId: string) => `/api/assessments/${assessmentId}/answers` as const,
    targets: (assessmentId: string) => `/api/assessments/${assessmentId}/targets` as const,
    submit: (assessmentId: string) => `/api/assessments/${assessmentId}/submit` as const,
    levelPreview: (assessmentId: string) => `/api/assessments/${assessmentId}/preview` as const,
    reportPdf: (assessmentId: string, options: { lens?: string; paper?: "letter" } = {}) =>
      withQuery(`/api/assessments/${assessmentId}/report.pdf`, options),
    exportJson: (assessmentId: string) => `/api/assessments/${assessmentId}/export.json` as const,
    planCsv: (assessmentId: string, lens?: string) =>
      withQuery(`/api/assessments/${assessmentId}/plan.csv`, { lens }),
    organizations: () => "/api/organizations" as const,
    teams: (organizationId: string) => `/api/organizations/${organizationId}/teams` as const,
    invitations: (organizationId: string) => `/api/organizations/${organizationId}/invitations` as const,
    invitation: (organizationId: string, invitationId: string) =>
      `/api/organizations/${organizationId}/invitations/${invitationId}` as const,
    acceptInvitation: () => "/api/invitations/accept" as const,
    teamEvidence: (teamId: string) => `/api/v1/teams/${teamId}/evidence` as const,
    tokens: () => "/api/tokens" as const,
    token: (tokenId: string) => `/api/tokens/${tokenId}` as const,
    organizationSettings: (organizationId: string) =>
      `/api/organizations/${organizationId}/settings` as const,
    member: (organizationId: string, userId: string) =>
      `/api/organizations/${organizationId}/members/${userId}` as const,
    memberTeams: (organizationId: string, userId: string) =>
      `/api/organizations/${organizationId}/members/${userId}/teams` as const,
    imports: (organizationId: string) => `/api/organizations/${organizationId}/imports` as const,
    dashboardCsv: (organizationId: string, query: Query = {}) =>
      withQuery(`/api/organizations/${organizationId}/dashboard.csv`, query),
    dashboardPdf: (organizationId: string, query: Query = {}) =>
      withQuery(`/api/organizations/${organizationId}/dashboard.pdf`, query),
  },
} as const;

/** Where a page builder can lead: its path, with or without a query string or fragment. */
type PagePathOf<B> = B extends (...args: never[]) => infer P ? P : never;
export type PagePath = {
  [K in Exclude<keyof typeof paths, "api" | "files">]: PagePathOf<(typeof paths)[K]>;
}[Exclude<keyof typeof paths, "api" | "files">];

const PAGE_PATTERNS: readonly RegExp[] = [
  /^\/$/,
  /^\/(sign-in|sign-up|forgot-password|reset-password)$/,
  /^\/assessments\/[^/]+(\/results)?$/,
  /^\/teams\/[^/]+$/,
  /^\/organizations\/[^/]+(\/dashboard|\/compare)?$/,
  /^\/invitations\/[^/]+$/,
  /^\/settings$/,
];

/**
 * A path (query string and fragment allowed) that leads to one of the app's pages: the only
 * places a return path may send someone, and a type the router accepts.
 */
export function isPagePath(path: string): path is PagePath {
  const pathname = path.split(/[?#]/, 1)[0] ?? "";
  return PAGE_PATTERNS.some((pattern) => pattern.test(pathname));
}

/**
 * A `next` parameter that stays on this site: resolved the way a browser would (which drops tabs
 * and newlines, reads backslashes as slashes and removes dot segments), it must still be a path on
 * this origin, and not one that starts with two slashes, which a browser would read as another host.
 */
export function safeReturnPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/")) return "/";
  const base = "http://this.site.invalid";
  try {
    const url = new URL(next, base);
    if (url.origin !== base || /^\/[/\\]/.test(url.pathname)) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}

/** Where to go after signing in: the `next` parameter when it is safe and leads to a page of the app, else the start page. */
export function returnPath(next: unknown): PagePath {
  const path = safeReturnPath(next);
  return isPagePath(path) ? path : paths.home();
}
