import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { stableId } from "@/server/seed/stable-id";
import { loadV2 } from "../support/answers";
import { NORTHWIND_ID, PERSONAS, storageStateOf, teamIdOf, userIdOf, type Persona } from "./auth";

/**
 * Every page and route handler × every kind of visitor → the expected answer, from one table.
 * Team A is Fraud Detection: its member (member@), its lead (lead@), the lead of another team
 * (search-lead@, team B), the manager, the admin, and someone of another organisation.
 *
 * Outcomes: "ok" passed authorisation (any status but 401/403/404 and no 5xx; bodies are chosen so
 * that passing changes nothing that other tests rely on), "hidden" 404, "forbidden" 403,
 * "sign-in" 401 for the API and a redirect to the sign-in page for pages.
 */

type Who = "anonymous" | Exclude<Persona, "lead" | "otherLead"> | "leadA" | "leadB";
type Outcome = "ok" | "hidden" | "forbidden" | "sign-in";
type Expectations = Record<Who, Outcome>;

const WHO: readonly Who[] = ["anonymous", "member", "leadA", "leadB", "manager", "outsider", "admin"];
const personaOf: Record<Exclude<Who, "anonymous">, Persona> = {
  member: "member",
  leadA: "lead",
  leadB: "otherLead",
  manager: "manager",
  outsider: "outsider",
  admin: "admin",
};

const everyone = (outcome: Outcome): Expectations => ({
  anonymous: outcome,
  member: outcome,
  leadA: outcome,
  leadB: outcome,
  manager: outcome,
  outsider: outcome,
  admin: outcome,
});
const signedIn: Expectations = { ...everyone("ok"), anonymous: "sign-in" };
const readTeamA: Expectations = {
  anonymous: "sign-in",
  member: "ok",
  leadA: "ok",
  leadB: "hidden",
  manager: "ok",
  outsider: "hidden",
  admin: "ok",
};
const editTeamA: Expectations = {
  anonymous: "sign-in",
  member: "forbidden",
  leadA: "ok",
  leadB: "hidden",
  manager: "forbidden",
  outsider: "hidden",
  admin: "forbidden",
};
const manageOrg: Expectations = {
  anonymous: "sign-in",
  member: "forbidden",
  leadA: "forbidden",
  leadB: "forbidden",
  manager: "forbidden",
  outsider: "hidden",
  admin: "ok",
};
const manageOrgPage: Expectations = {
  ...manageOrg,
  member: "hidden",
  leadA: "hidden",
  leadB: "hidden",
  manager: "hidden",
};
const readWholeOrg: Expectations = {
  anonymous: "sign-in",
  member: "hidden",
  leadA: "hidden",
  leadB: "hidden",
  manager: "ok",
  outsider: "hidden",
  admin: "ok",
};

const TEAM_A = teamIdOf("fraud-detection");
const DRAFT_A = stableId("assessment:fraud-detection:draft");
const SUBMITTED_A = stableId("assessment:fraud-detection:2");
const QUESTION = loadV2().objects[0]?.questions[0]?.id ?? "";
const MEMBER_A = userIdOf(PERSONAS.member);
const ADMIN = userIdOf(PERSONAS.admin);
let usedInvitationToken = "";
let openInvitationId = "";

interface Entry {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The route as the file system names it, e.g. /assessments/[id]. */
  route: string;
  url: () => string;
  body?: () => unknown;
  expect: Expectations;
}

const TABLE: Entry[] = [
  // Pages
  { method: "GET", route: "/", url: () => "/", expect: signedIn },
  { method: "GET", route: "/assessments/[id]", url: () => `/assessments/${DRAFT_A}`, expect: readTeamA },
  {
    method: "GET",
    route: "/assessments/[id]/results",
    url: () => `/assessments/${SUBMITTED_A}/results`,
    expect: readTeamA,
  },
  {
    method: "GET",
    route: "/organizations/[organizationId]",
    url: () => `/organizations/${NORTHWIND_ID}`,
    expect: manageOrgPage,
  },
  {
    method: "GET",
    route: "/organizations/[organizationId]/dashboard",
    url: () => `/organizations/${NORTHWIND_ID}/dashboard`,
    expect: readWholeOrg,
  },
  {
    method: "GET",
    route: "/organizations/[organizationId]/compare",
    url: () => `/organizations/${NORTHWIND_ID}/compare?team=${TEAM_A}&team=${teamIdOf("search-ranking")}`,
    expect: readWholeOrg,
  },
  { method: "GET", route: "/teams/[teamId]", url: () => `/teams/${TEAM_A}`, expect: readTeamA },
  {
    method: "GET",
    route: "/invitations/[token]",
    url: () => `/invitations/${usedInvitationToken}`,
    expect: everyone("ok"),
  },
  { method: "GET", route: "/settings", url: () => "/settings", expect: signedIn },
  { method: "GET", route: "/sign-in", url: () => "/sign-in", expect: everyone("ok") },
  { method: "GET", route: "/sign-up", url: () => "/sign-up", expect: everyone("ok") },
  { method: "GET", route: "/forgot-password", url: () => "/forgot-password", expect: everyone("ok") },
  { method: "GET", route: "/reset-password", url: () => "/reset-password", expect: everyone("ok") },
  // Health, for load balancers: open to everyone, saying nothing about the data.
  { method: "GET", route: "/api/health/live", url: () => "/api/health/live", expect: everyone("ok") },
  { method: "GET", route: "/api/health/ready", url: () => "/api/health/ready", expect: everyone("ok") },
  // Accounts (better-auth): open to everyone, rate-limited.
  { method: "GET", route: "/api/auth/[...all]", url: () => "/api/auth/get-session", expect: everyone("ok") },
  {
    method: "POST",
    route: "/api/auth/[...all]",
    url: () => "/api/auth/request-password-reset",
    body: () => ({ email: "nobody@example.test", redirectTo: "/reset-password" }),
    expect: everyone("ok"),
  },
  // Assessments
  {
    method: "POST",
    route: "/api/assessments/start",
    url: () => "/api/assessments/start",
    body: () => ({ teamId: TEAM_A }),
    expect: editTeamA,
  },
  {
    method: "GET",
    route: "/api/assessments/[id]/answers",
    url: () => `/api/assessments/${DRAFT_A}/answers`,
    expect: readTeamA,
  },
  {
    method: "POST",
    route: "/api/assessments/[id]/answers",
    url: () => `/api/assessments/${DRAFT_A}/answers`,
    body: () => ({ questionId: QUESTION, note: "Checked by the access matrix." }),
    expect: editTeamA,
  },
  {
    method: "POST",
    route: "/api/assessments/[id]/targets",
    url: () => `/api/assessments/${DRAFT_A}/targets`,
    body: () => ({ data: 3 }),
    expect: editTeamA,
  },
  // The review's preview of a draft's levels: for those who may submit it.
  {
    method: "GET",
    route: "/api/assessments/[id]/preview",
    url: () => `/api/assessments/${DRAFT_A}/preview`,
    expect: editTeamA,
  },
  // Submitting the submitted one: the lead passes authorisation and gets 409, nothing changes.
  {
    method: "POST",
    route: "/api/assessments/[id]/submit",
    url: () => `/api/assessments/${SUBMITTED_A}/submit`,
    expect: editTeamA,
  },
  // Exports
  {
    method: "GET",
    route: "/api/assessments/[id]/report.pdf",
    url: () => `/api/assessments/${SUBMITTED_A}/report.pdf`,
    expect: readTeamA,
  },
  {
    method: "GET",
    route: "/api/assessments/[id]/export.json",
    url: () => `/api/assessments/${SUBMITTED_A}/export.json`,
    expect: readTeamA,
  },
  // Authorised before the body is read: the admin gets 400 for this empty body, nothing is imported.
  {
    method: "POST",
    route: "/api/organizations/[organizationId]/imports",
    url: () => `/api/organizations/${NORTHWIND_ID}/imports`,
    body: () => ({}),
    expect: manageOrg,
  },
  {
    method: "GET",
    route: "/api/assessments/[id]/plan.csv",
    url: () => `/api/assessments/${SUBMITTED_A}/plan.csv`,
    expect: readTeamA,
  },
  {
    method: "GET",
    route: "/api/organizations/[organizationId]/dashboard.csv",
    url: () => `/api/organizations/${NORTHWIND_ID}/dashboard.csv`,
    expect: readWholeOrg,
  },
  {
    method: "GET",
    route: "/api/organizations/[organizationId]/dashboard.pdf",
    url: () => `/api/organizations/${NORTHWIND_ID}/dashboard.pdf`,
    expect: readWholeOrg,
  },
  // Organisations
  {
    method: "POST",
    route: "/api/organizations",
    url: () => "/api/organizations",
    body: () => ({ name: "" }),
    expect: signedIn,
  },
  {
    method: "POST",
    route: "/api/organizations/[organizationId]/teams",
    url: () => `/api/organizations/${NORTHWIND_ID}/teams`,
    body: () => ({
      name: "Fraud Detection",
      businessUnit: "Payments",
      ownershipModel: "shared",
      structure: "embedded",
    }),
    expect: manageOrg,
  },
  // Setting the cadence the demo already has: the admin passes authorisation, nothing changes.
  {
    method: "PATCH",
    route: "/api/organizations/[organizationId]/settings",
    url: () => `/api/organizations/${NORTHWIND_ID}/settings`,
    body: () => ({ reviewCadenceDays: 180 }),
    expect: manageOrg,
  },
  {
    method: "POST",
    route: "/api/organizations/[organizationId]/invitations",
    url: () => `/api/organizations/${NORTHWIND_ID}/invitations`,
    body: () => ({ role: "member" }),
    expect: manageOrg,
  },
  {
    method: "DELETE",
    route: "/api/organizations/[organizationId]/invitations/[invitationId]",
    url: () => `/api/organizations/${NORTHWIND_ID}/invitations/${openInvitationId}`,
    expect: manageOrg,
  },
  {
    method: "PATCH",
    route: "/api/organizations/[organizationId]/members/[userId]",
    url: () => `/api/organizations/${NORTHWIND_ID}/members/${MEMBER_A}`,
    body: () => ({ role: "member" }),
    expect: manageOrg,
  },
  // Removing the only admin: the admin passes authorisation and gets 409.
  {
    method: "DELETE",
    route: "/api/organizations/[organizationId]/members/[userId]",
    url: () => `/api/organizations/${NORTHWIND_ID}/members/${ADMIN}`,
    expect: manageOrg,
  },
  {
    method: "PUT",
    route: "/api/organizations/[organizationId]/members/[userId]/teams",
    url: () => `/api/organizations/${NORTHWIND_ID}/members/${MEMBER_A}/teams`,
    body: () => ({ teamId: TEAM_A, role: "member" }),
    expect: manageOrg,
  },
  // Personal access tokens: made by a signed-in person (this body is refused with 400: nothing is made).
  { method: "POST", route: "/api/tokens", url: () => "/api/tokens", body: () => ({}), expect: signedIn },
  // Revoking someone else's (here: no) token: every signed-in user gets "not found".
  {
    method: "DELETE",
    route: "/api/tokens/[tokenId]",
    url: () => `/api/tokens/${stableId("no-such-token")}`,
    expect: { ...everyone("hidden"), anonymous: "sign-in" },
  },
  // The versioned API, called with a session here (tests/e2e/api-tokens.spec.ts calls it with tokens).
  { method: "GET", route: "/api/v1/teams", url: () => "/api/v1/teams", expect: signedIn },
  {
    method: "GET",
    route: "/api/v1/teams/[teamId]/results/latest",
    url: () => `/api/v1/teams/${TEAM_A}/results/latest`,
    expect: readTeamA,
  },
  {
    method: "GET",
    route: "/api/v1/assessments/[assessmentId]",
    url: () => `/api/v1/assessments/${SUBMITTED_A}`,
    expect: readTeamA,
  },
  { method: "GET", route: "/api/v1/openapi.json", url: () => "/api/v1/openapi.json", expect: everyone("ok") },
  // Authorised before the body is read: the lead gets 400 for this empty body, nothing is stored.
  {
    method: "POST",
    route: "/api/v1/teams/[teamId]/evidence",
    url: () => `/api/v1/teams/${TEAM_A}/evidence`,
    body: () => ({}),
    expect: editTeamA,
  },
  // A used link: every signed-in user passes authorisation and gets 409.
  {
    method: "POST",
    route: "/api/invitations/accept",
    url: () => "/api/invitations/accept",
    body: () => ({ token: usedInvitationToken }),
    expect: signedIn,
  },
];

/** Every page.tsx and every exported handler of every route.ts under src/app, as "METHOD /route". */
function entryPoints(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") {
        const route =
          "/" +
          path
            .relative("src/app", dir)
            .split(path.sep)
            .filter((s) => s && !/^\(.*\)$/.test(s))
            .join("/");
        if (entry.name === "page.tsx") found.push(`GET ${route}`);
        else {
          const source = fs.readFileSync(file, "utf8");
          const methods = new Set(
            [...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
              (m) => m[1],
            ),
          );
          for (const m of source.matchAll(/export const \{([^}]+)\}/g))
            for (const name of (m[1] ?? "").split(",")) methods.add(name.trim());
          for (const method of methods) found.push(`${method} ${route}`);
        }
      }
    }
  };
  walk("src/app");
  return found.sort();
}

test("the table names every page and route handler of the app", () => {
  const inTable = TABLE.map((e) => `${e.method} ${e.route}`).sort();
  expect(inTable).toEqual(entryPoints());
});

test.describe.configure({ mode: "serial" });

async function requestAs(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string,
  who: Who,
): Promise<APIRequestContext> {
  return playwright.request.newContext({
    baseURL,
    storageState: who === "anonymous" ? undefined : storageStateOf(personaOf[who]),
  });
}

test("each visitor gets exactly the access the table gives", async ({ playwright, baseURL, request }) => {
  const base = baseURL ?? "";
  // Fixtures: an invitation the member has used, and an open one the admin may revoke.
  const admin = await requestAs(playwright, base, "admin");
  const used = (await (
    await admin.post(`/api/organizations/${NORTHWIND_ID}/invitations`, {
      data: { role: "member" },
      headers: { origin: base },
    })
  ).json()) as { data: { url: string } };
  usedInvitationToken = used.data.url.split("/").pop() ?? "";
  const member = await requestAs(playwright, base, "member");
  expect(
    (
      await member.post("/api/invitations/accept", {
        data: { token: usedInvitationToken },
        headers: { origin: base },
      })
    ).status(),
  ).toBe(200);
  const open = (await (
    await admin.post(`/api/organizations/${NORTHWIND_ID}/invitations`, {
      data: { role: "member" },
      headers: { origin: base },
    })
  ).json()) as { data: { id: string } };
  openInvitationId = open.data.id;
  await Promise.all([admin.dispose(), member.dispose()]);
  const answersBefore = await (await request.get(`/api/assessments/${SUBMITTED_A}/answers`)).json();

  const mismatches: string[] = [];
  for (const who of WHO) {
    const context = await requestAs(playwright, base, who);
    for (const entry of TABLE) {
      const response = await context.fetch(entry.url(), {
        method: entry.method,
        data: entry.body?.(),
        maxRedirects: 0,
        headers: { origin: base },
      });
      const status = response.status();
      const location = response.headers()["location"] ?? "";
      const outcome: Outcome | "error" =
        status >= 500
          ? "error"
          : status === 404
            ? "hidden"
            : status === 403
              ? "forbidden"
              : status === 401 || (status === 307 && location.startsWith("/sign-in"))
                ? "sign-in"
                : "ok";
      if (outcome !== entry.expect[who])
        mismatches.push(
          `${who} ${entry.method} ${entry.url()}: expected ${entry.expect[who]}, got ${outcome} (${status})`,
        );
    }
    await context.dispose();
  }
  expect(mismatches).toEqual([]);
  expect(await (await request.get(`/api/assessments/${SUBMITTED_A}/answers`)).json()).toEqual(answersBefore);
});
