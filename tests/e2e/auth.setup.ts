import { expect, test as setup } from "@playwright/test";
import { DEMO_TEAMS } from "@/server/seed/demo-people";
import { ensureAuthDir, makeLeadOfEveryTeam, PERSONAS, signIn, storageStateOf, type Persona } from "./auth";

/** One signed-in browser state per persona, made through the real endpoints before the specs run. */

setup("sign in every persona", async ({ playwright, baseURL }) => {
  const base = baseURL ?? "";
  ensureAuthDir();
  await makeLeadOfEveryTeam(
    base,
    PERSONAS.lead,
    DEMO_TEAMS.map((t) => t.slug),
  );
  for (const persona of Object.keys(PERSONAS) as Persona[]) {
    const context = await playwright.request.newContext({ baseURL: base });
    if (persona === "outsider") {
      // Someone of another organisation: signs up, then creates their own.
      const signUp = await context.post("/api/auth/sign-up/email", {
        data: { name: "Otto Outsider", email: PERSONAS.outsider, password: "globex-password" },
        headers: { origin: base },
      });
      expect(signUp.status(), await signUp.text()).toBe(200);
      const created = await context.post("/api/organizations", {
        data: { name: "Globex" },
        headers: { origin: base },
      });
      expect(created.status(), await created.text()).toBe(200);
    } else {
      await signIn(context, base, PERSONAS[persona]);
    }
    await context.storageState({ path: storageStateOf(persona) });
    await context.dispose();
  }
});
