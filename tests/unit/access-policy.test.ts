import { describe, expect, it } from "vitest";
import {
  allowsScope,
  assessmentAccess,
  canCreateToken,
  canReadTeam,
  canStartAssessment,
  organizationAccess,
  tokenViewer,
  type TokenScope,
  type Viewer,
} from "@/domain/access/policy";

/** The predicates on their own; tests/e2e/authorization-matrix.spec.ts checks them through every entry point. */

const ORG = "org-1";
const TEAM_A = { id: "team-a", organizationId: ORG };
const TEAM_B = { id: "team-b", organizationId: ORG };
const viewer = (
  orgRole: "admin" | "manager" | "member" | null,
  teams: Record<string, "lead" | "member"> = {},
): Viewer => ({
  userId: "u",
  organizations: new Map(orgRole ? [[ORG, orgRole]] : []),
  teams: new Map(Object.entries(teams)),
});

describe("access policy", () => {
  it.each([
    ["admin", viewer("admin"), "read", "write"],
    ["manager", viewer("manager"), "read", "read"],
    ["lead of A", viewer("member", { "team-a": "lead" }), "write", "read"],
    ["member of A", viewer("member", { "team-a": "member" }), "read", "read"],
    ["lead of B", viewer("member", { "team-b": "lead" }), "hidden", "read"],
    ["outsider", viewer(null), "hidden", "hidden"],
  ] as const)("%s: assessment of team A → %s, organisation → %s", (_who, v, assessment, organization) => {
    expect(assessmentAccess(v, { team: TEAM_A })).toBe(assessment);
    expect(organizationAccess(v, ORG)).toBe(organization);
  });

  it("ignores team roles in an organisation the user has left", () => {
    const formerLead = viewer(null, { "team-a": "lead" });
    expect(canReadTeam(formerLead, TEAM_A)).toBe(false);
    expect(canStartAssessment(formerLead, TEAM_A)).toBe(false);
  });

  it("only a team's leads start its assessments; admins and managers read but do not edit", () => {
    expect(canStartAssessment(viewer("member", { "team-a": "lead" }), TEAM_A)).toBe(true);
    expect(canStartAssessment(viewer("member", { "team-a": "lead" }), TEAM_B)).toBe(false);
    expect(canStartAssessment(viewer("admin"), TEAM_A)).toBe(false);
    expect(canStartAssessment(viewer("manager"), TEAM_A)).toBe(false);
  });
});

describe("API tokens", () => {
  const scopes = (...names: TokenScope[]) => new Set(names);
  it.each([
    // owner, token scopes, → assessment of A, assessment of B, may read results, may post evidence
    [
      "lead of A, both scopes",
      viewer("member", { "team-a": "lead" }),
      scopes("results:read", "evidence:write"),
      "write",
      "hidden",
      true,
      true,
    ],
    [
      "lead of A, read only",
      viewer("member", { "team-a": "lead" }),
      scopes("results:read"),
      "read",
      "hidden",
      true,
      false,
    ],
    [
      "lead of A, evidence only",
      viewer("member", { "team-a": "lead" }),
      scopes("evidence:write"),
      "write",
      "hidden",
      false,
      true,
    ],
    [
      "member of A, both scopes",
      viewer("member", { "team-a": "member" }),
      scopes("results:read", "evidence:write"),
      "read",
      "hidden",
      true,
      true,
    ],
    ["manager, read", viewer("manager"), scopes("results:read"), "read", "hidden", true, false],
    ["admin, read", viewer("admin"), scopes("results:read"), "read", "hidden", true, false],
    [
      "removed from the organisation",
      viewer(null, { "team-a": "lead" }),
      scopes("results:read", "evidence:write"),
      "hidden",
      "hidden",
      true,
      true,
    ],
  ] as const)(
    "%s: A → %s, B → %s, results:read %s, evidence:write %s",
    (_who, owner, granted, a, b, read, evidence) => {
      const v = tokenViewer(owner, { team: TEAM_A, scopes: granted });
      expect(assessmentAccess(v, { team: TEAM_A })).toBe(a);
      expect(assessmentAccess(v, { team: TEAM_B })).toBe(b);
      expect(organizationAccess(v, ORG)).not.toBe("write");
      expect(allowsScope(v, "results:read")).toBe(read);
      expect(allowsScope(v, "evidence:write")).toBe(evidence);
    },
  );

  it("a signed-in person is limited by roles only; a token cannot make another token", () => {
    const lead = viewer("member", { "team-a": "lead" });
    expect(allowsScope(lead, "evidence:write")).toBe(true);
    expect(canCreateToken(lead, TEAM_A, scopes("results:read", "evidence:write"))).toBe(true);
    expect(canCreateToken(viewer("member", { "team-a": "member" }), TEAM_A, scopes("evidence:write"))).toBe(
      false,
    );
    expect(canCreateToken(viewer("member", { "team-a": "member" }), TEAM_A, scopes("results:read"))).toBe(
      true,
    );
    expect(canCreateToken(lead, TEAM_B, scopes("results:read"))).toBe(false);
    expect(canCreateToken(lead, TEAM_A, scopes())).toBe(false);
    expect(
      canCreateToken(
        tokenViewer(lead, { team: TEAM_A, scopes: scopes("results:read") }),
        TEAM_A,
        scopes("results:read"),
      ),
    ).toBe(false);
  });
});
