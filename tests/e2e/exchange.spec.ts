import { expect, test } from "@playwright/test";
import { stableId } from "@/server/seed/stable-id";
import { storageStateOf } from "./auth";

/** An assessment exported as JSON from one organisation and imported into another comes out the same. */

const SOURCE = stableId("assessment:search-ranking:1");
type Stored = { questionId: string; answer: unknown; note: string | null; evidenceUrl: string | null };

test("export from Northwind, import into Globex: same answers, same levels, and a second export matches the first", async ({
  playwright,
  baseURL,
}) => {
  const base = baseURL ?? "";
  const manager = await playwright.request.newContext({
    baseURL: base,
    storageState: storageStateOf("manager"),
  });
  const outsider = await playwright.request.newContext({
    baseURL: base,
    storageState: storageStateOf("outsider"),
    extraHTTPHeaders: { origin: base },
  });

  const exported = await manager.get(`/api/assessments/${SOURCE}/export.json`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toMatch(
    /^attachment; filename="search-ranking-assessment-\d{4}-\d{2}-\d{2}\.json"$/,
  );
  const json = (await exported.json()) as {
    answers: Stored[];
    result: { objects: { object: string; level: number; score: number }[] };
    team: { name: string };
  };
  expect(json.answers.length).toBeGreaterThan(40);

  // Globex's admin (the outsider) may not read Northwind's assessment…
  expect((await outsider.get(`/api/assessments/${SOURCE}/export.json`)).status()).toBe(404);
  // …but imports the file into Globex.
  const session = (await (await outsider.get("/api/auth/get-session")).json()) as { user: { id: string } };
  expect(session.user.id).toBeTruthy();
  const home = await outsider.get("/");
  const globexId = /\/organizations\/([0-9a-f-]{36})/.exec(await home.text())?.[1] ?? "";
  const imported = await outsider.post(`/api/organizations/${globexId}/imports`, { data: json });
  expect(imported.status(), await imported.text()).toBe(200);
  const { assessmentId } = ((await imported.json()) as { data: { assessmentId: string } }).data;

  const again = (await (
    await outsider.get(`/api/assessments/${assessmentId}/export.json`)
  ).json()) as typeof json & { organization: { name: string } };
  expect(again.organization.name).toBe("Globex");
  expect(again.team.name).toBe(json.team.name);
  expect(again.answers).toEqual(json.answers);
  expect(again.result).toEqual(json.result);

  // A broken file changes nothing and says why.
  const broken = await outsider.post(`/api/organizations/${globexId}/imports`, {
    data: {
      ...json,
      answers: [{ questionId: "no-such-question", answer: null, note: "x", evidenceUrl: null }],
    },
  });
  expect(broken.status()).toBe(400);
  expect(((await broken.json()) as { message: string }).message).toMatch(
    /unknown question "no-such-question"/,
  );
  const wrongFormat = await outsider.post(`/api/organizations/${globexId}/imports`, {
    data: { format: "something-else" },
  });
  expect(wrongFormat.status()).toBe(400);
  expect(((await wrongFormat.json()) as { message: string }).message).toMatch(/not an assessment export/);

  await Promise.all([manager.dispose(), outsider.dispose()]);
});
