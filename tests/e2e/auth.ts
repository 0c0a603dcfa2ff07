import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "@/server/seed/demo-people";
import { stableId } from "@/server/seed/stable-id";

/**
 * Signing in for the end-to-end tests: through the real sign-in endpoint, once per role (see
 * auth.setup.ts), kept as Playwright storage states that the specs reuse.
 */

export const PERSONAS = {
  admin: "admin@northwind.example",
  manager: "manager@northwind.example",
  lead: "lead@northwind.example",
  member: "member@northwind.example",
  otherLead: "search-lead@northwind.example",
  outsider: "outsider@globex.example",
} as const;
export type Persona = keyof typeof PERSONAS;

export const AUTH_DIR = "tests/artifacts/auth";
export const storageStateOf = (persona: Persona) => path.join(AUTH_DIR, `${persona}.json`);

export const NORTHWIND_ID = stableId("org:northwind");
export const teamIdOf = (slug: string) => stableId(`team:${slug}`);
export const userIdOf = (email: string) => stableId(`user:${email}`);

/** Signs `request` in as a demo user; its cookies then carry the session. */
export async function signIn(
  request: APIRequestContext,
  baseURL: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  const response = await request.post(`${baseURL}/api/auth/sign-in/email`, {
    data: { email, password },
    headers: { origin: baseURL },
  });
  expect(response.status(), `sign-in of ${email}: ${await response.text()}`).toBe(200);
}

/**
 * The demo lead leads one team; the tests take assessments of several. The demo admin makes them
 * lead of every demo team, through the same endpoint as the organisation page.
 */
export async function makeLeadOfEveryTeam(
  baseURL: string,
  email: string,
  slugs: readonly string[],
): Promise<void> {
  const admin = await playwrightRequest.newContext({ baseURL });
  try {
    await signIn(admin, baseURL, PERSONAS.admin);
    for (const slug of slugs) {
      const response = await admin.put(
        `/api/organizations/${NORTHWIND_ID}/members/${userIdOf(email)}/teams`,
        {
          data: { teamId: teamIdOf(slug), role: "lead" },
          headers: { origin: baseURL },
        },
      );
      expect(response.status(), await response.text()).toBe(200);
    }
  } finally {
    await admin.dispose();
  }
}

export function ensureAuthDir(): void {
  fs.mkdirSync(AUTH_DIR, { recursive: true });
}
