import fs from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { POST as postEvidenceRoute } from "@/app/api/v1/teams/[teamId]/evidence/route";
import { GET as getAssessment } from "@/app/api/v1/assessments/[assessmentId]/route";
import type { FindingsDocument } from "@/domain/evidence/findings";
import { saveAnswerPatch } from "@/features/assessment/mutations";
import { findStoredResult } from "@/server/repositories/assessment-results";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getLatest } from "@/app/api/v1/teams/[teamId]/results/latest/route";
import { GET as getTeams } from "@/app/api/v1/teams/route";
import { API_ROUTES } from "@/features/api/openapi";
import { createToken, revokeToken } from "@/features/settings/tokens";
import { submit } from "@/features/assessment/mutations";
import { setDatabase } from "@/server/db/client";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { loadV2 } from "../support/answers";
import { draftFactory, organizationFactory, teamFactory, viewerFactory } from "../support/factories";
import { describeEachDatabase } from "./support/databases";

/**
 * Personal access tokens through the versioned API's route handlers: a token reads only its team
 * and only with its scopes; expired, revoked and unknown tokens are refused as such; the secret is
 * stored hashed and never logged; the OpenAPI document validates and lists every route.
 */

/** A scan that found ML code but no CI anywhere: "no CI checks" is the most the evidence allows, with high confidence. */
const scan = (scannedAt: string): FindingsDocument => ({
  format: "mlops-maturity/evidence",
  formatVersion: 1,
  questionnaire: { id: "mlops-maturity", version: "2" },
  scanner: { version: "test" },
  scannedAt,
  folders: [{ name: "repo", history: "history" }],
  limits: { complete: true, stoppedBy: null, files: 12, bytesRead: 40_000, unreadLargeFiles: 0 },
  git: {},
  findings: [
    {
      ruleId: "code-no-ci",
      questionId: "code-ci-checks",
      kind: "ceiling",
      optionId: "none",
      confidence: "high",
      locations: [{ path: "train.py" }],
      count: 1,
      scannedAt,
    },
  ],
  suggestions: [
    {
      questionId: "code-ci-checks",
      status: "suggested",
      optionId: "none",
      confidence: "high",
      floor: null,
      ceiling: { optionId: "none", confidence: "high", ruleIds: ["code-no-ci"] },
    },
  ],
});

const post = (url: string, body: unknown, token: string, params: Record<string, string>) =>
  postEvidenceRoute(
    new Request(`http://localhost${url}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve(params) } as never,
  );

const call = (
  handler: (request: Request, context: never) => Promise<Response> | Response,
  url: string,
  token?: string,
  params: Record<string, string> = {},
) =>
  handler(
    new Request(`http://localhost${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
    { params: Promise.resolve(params) } as never,
  );

describeEachDatabase("API tokens", (current) => {
  let lead: ReturnType<typeof viewerFactory>;
  let teamA = "";
  let teamB = "";
  let submittedA = "";
  const logged: string[] = [];

  beforeAll(async () => {
    // Session lookups (a call without a token) need the secret that signs session cookies.
    vi.stubEnv("AUTH_SECRET", "integration-tests-secret-0123456789abcdef");
    const { db } = current();
    setDatabase(db);
    await prepareDatabase(db);
    const organization = await organizationFactory();
    const draft = await draftFactory({ organizationId: organization.id, team: { name: "Token Team A" } });
    teamA = draft.team.id;
    lead = draft.lead;
    await submit(lead, draft.id);
    submittedA = draft.id;
    teamB = (await teamFactory({ organizationId: organization.id, name: "Token Team B" })).id;
    for (const method of ["log", "info", "warn", "error"] as const)
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void logged.push(args.map(String).join(" ")),
      );
  });
  afterAll(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it("reads only the token's team, and only with the scope it was given", async () => {
    setDatabase(current().db);
    const { token } = await createToken(lead, {
      name: "CI read",
      teamId: teamA,
      scopes: ["results:read"],
      expiresInDays: 30,
    });
    const teams = (await (await call(getTeams, "/api/v1/teams", token)).json()) as {
      data: { teams: { id: string }[] };
    };
    expect(teams.data.teams.map((t) => t.id)).toEqual([teamA]);
    expect(
      (await call(getLatest, `/api/v1/teams/${teamA}/results/latest`, token, { teamId: teamA })).status,
    ).toBe(200);
    expect(
      (await call(getLatest, `/api/v1/teams/${teamB}/results/latest`, token, { teamId: teamB })).status,
    ).toBe(404);
    const assessment = await call(getAssessment, `/api/v1/assessments/${submittedA}`, token, {
      assessmentId: submittedA,
    });
    expect(assessment.status).toBe(200);
    expect(((await assessment.json()) as { data: { status: string } }).data.status).toBe("submitted");

    const evidenceOnly = await createToken(lead, {
      name: "CI evidence",
      teamId: teamA,
      scopes: ["evidence:write"],
      expiresInDays: 30,
    });
    const refused = await call(getLatest, `/api/v1/teams/${teamA}/results/latest`, evidenceOnly.token, {
      teamId: teamA,
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toMatch(/results:read/);
  });

  it("refuses expired, revoked and unknown tokens with 401 and says which", async () => {
    const { db } = current();
    setDatabase(db);
    const expired = await createToken(lead, {
      name: "Old",
      teamId: teamA,
      scopes: ["results:read"],
      expiresInDays: 1,
    });
    await db.prisma.apiToken.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const revoked = await createToken(lead, {
      name: "Gone",
      teamId: teamA,
      scopes: ["results:read"],
      expiresInDays: 1,
    });
    await revokeToken(lead, revoked.id);
    await expect(revokeToken(viewerFactory({ userId: lead.userId }), revoked.id)).rejects.toThrow(
      /already revoked/,
    );
    for (const [token, reason] of [
      [expired.token, /expired/],
      [revoked.token, /revoked/],
      ["mmt_not-a-real-token-at-all", /not valid/],
    ] as const) {
      const response = await call(getTeams, "/api/v1/teams", token);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(((await response.json()) as { message: string }).message).toMatch(reason);
    }
    expect((await call(getTeams, "/api/v1/teams")).status).toBe(401);
  });

  it("refuses tokens nobody may make: evidence for a team one does not lead, any team one cannot read, or made with a token", async () => {
    setDatabase(current().db);
    await expect(
      createToken(lead, { name: "Other team", teamId: teamB, scopes: ["results:read"], expiresInDays: 1 }),
    ).rejects.toMatchObject({ code: "not-found" });
    const member = viewerFactory({
      userId: lead.userId,
      organizations: [...lead.organizations],
      teams: [[teamA, "member"]],
    });
    await expect(
      createToken(member, { name: "Evidence", teamId: teamA, scopes: ["evidence:write"], expiresInDays: 1 }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const viaToken = { ...lead, scopes: new Set(["results:read"] as const) };
    await expect(
      createToken(viaToken, { name: "Nested", teamId: teamA, scopes: ["results:read"], expiresInDays: 1 }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("stores only a hash of the secret, records its last use, and never logs it", async () => {
    const { db } = current();
    setDatabase(db);
    const { id, token } = await createToken(lead, {
      name: "Audit",
      teamId: teamA,
      scopes: ["results:read"],
      expiresInDays: 7,
    });
    await call(getTeams, "/api/v1/teams", token);
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(row)).not.toContain(token.slice(10));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.lastUsedAt).not.toBeNull();
    expect(logged.join("\n")).not.toContain(token.slice(10));
  });

  it("takes a scan for a team with a lead's evidence token, and the submitted result holds the claimed and the evidenced levels", async () => {
    const { db } = current();
    setDatabase(db);
    const organizationId = lead.organizations.keys().next().value ?? "";
    const draft = await draftFactory({ organizationId, team: { name: "Evidence Team" } });
    // The team claims the best practice everywhere in Code (CI checks that block, among them).
    const code = loadV2().objects.find((o) => o.id === "code");
    for (const question of code?.questions ?? []) {
      const best = [...question.options].sort((a, b) => b.value - a.value)[0];
      await saveAnswerPatch(draft.lead, draft.id, {
        questionId: question.id,
        answer: { kind: "option", optionId: best?.id ?? "" },
      });
    }
    const { token } = await createToken(draft.lead, {
      name: "CI",
      teamId: draft.team.id,
      scopes: ["evidence:write"],
      expiresInDays: 30,
    });
    const readOnly = await createToken(draft.lead, {
      name: "Read",
      teamId: draft.team.id,
      scopes: ["results:read"],
      expiresInDays: 30,
    });
    const url = `/api/v1/teams/${draft.team.id}/evidence`;
    const params = { teamId: draft.team.id };

    expect(
      (await post(url, { findings: scan("2026-11-20T10:00:00.000Z") }, readOnly.token, params)).status,
    ).toBe(403);
    expect(
      (
        await post(
          url,
          {
            findings: {
              ...scan("2026-11-20T10:00:00.000Z"),
              questionnaire: { id: "mlops-maturity", version: "1" },
            },
          },
          token,
          params,
        )
      ).status,
    ).toBe(409);
    const refused = await post(
      url,
      { findings: scan("2026-11-20T10:00:00.000Z"), contents: "print('secret')" },
      token,
      params,
    );
    expect(refused.status).toBe(400);
    expect(await db.prisma.evidenceScan.count({ where: { teamId: draft.team.id } })).toBe(0);
    const otherTeam = await post(
      `/api/v1/teams/${teamA}/evidence`,
      { findings: scan("2026-11-20T10:00:00.000Z") },
      token,
      { teamId: teamA },
    );
    expect(otherTeam.status).toBe(404);

    const accepted = await post(url, { findings: scan("2026-11-21T10:00:00.000Z") }, token, params);
    expect(accepted.status).toBe(200);
    expect(
      ((await accepted.json()) as { data: { draftId: string; disagreements: number } }).data,
    ).toMatchObject({ draftId: draft.id, disagreements: 1 });

    // Claiming more than high-confidence evidence allows needs a note that says why.
    await expect(submit(draft.lead, draft.id)).rejects.toMatchObject({
      code: "conflict",
      userMessage: expect.stringMatching(/in a note why this answer claims/),
    });
    await saveAnswerPatch(draft.lead, draft.id, {
      questionId: "code-ci-checks",
      note: "CI runs in the platform team's Jenkins, outside this repository.",
    });
    await submit(draft.lead, draft.id);
    const stored = await findStoredResult({ assessmentId: draft.id });
    expect(stored?.evidenced?.disagreements).toEqual([
      expect.objectContaining({
        questionId: "code-ci-checks",
        claimedOptionId: "ml-checks-block",
        evidenceOptionId: "none",
        capped: true,
      }),
    ]);
    expect(
      stored?.evidenced?.questions.find((q) => q.questionId === "code-ci-checks")?.evidencedOptionId,
    ).toBe("none");
    const claimed = stored?.result.objects.find((o) => o.object === "code")?.score ?? 0;
    const evidenced = stored?.evidenced?.result.objects.find((o) => o.object === "code")?.score ?? 0;
    expect(evidenced).toBeLessThan(claimed);
    const row = await db.prisma.objectResult.findUniqueOrThrow({
      where: { assessmentId_object: { assessmentId: draft.id, object: "code" } },
    });
    expect(row.evidencedLevel).toBe(
      stored?.evidenced?.result.objects.find((o) => o.object === "code")?.level,
    );

    // A later scan is kept for the team's next assessment; the submitted result stays as it was.
    const later = await post(url, { findings: scan("2026-11-22T10:00:00.000Z") }, token, params);
    expect(((await later.json()) as { data: { draftId: string | null } }).data.draftId).toBeNull();
    expect((await findStoredResult({ assessmentId: draft.id }))?.evidenced?.scannedAt).toBe(
      "2026-11-21T10:00:00.000Z",
    );
  });

  it("publishes an OpenAPI document that validates and lists every /api/v1 route", async () => {
    const document = (await getOpenApi().json()) as { paths: Record<string, Record<string, unknown>> };
    const problem = await new Promise<Error | null>((resolve) =>
      new SwaggerParser().validate(structuredClone(document) as never, (error) => resolve(error)),
    );
    expect(problem).toBeNull();
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "route.ts") {
          const route = `/${path.relative("src/app", path.dirname(full)).replace(/\[(\w+)\]/g, "{$1}")}`;
          for (const [, method] of fs
            .readFileSync(full, "utf8")
            .matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)/g))
            files.push(`${method?.toLowerCase()} ${route}`);
        }
      }
    };
    walk("src/app/api/v1");
    const documented = Object.entries(document.paths).flatMap(([route, methods]) =>
      Object.keys(methods).map((method) => `${method} ${route}`),
    );
    expect(documented.sort()).toEqual(files.sort());
    expect(API_ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(files.sort());
  });
});
