import { describe, expect, it } from "vitest";
import { assessmentAccess, canReadTeam, canStartAssessment, organizationAccess, type Viewer } from "@/domain/access/policy";

/** The predicates on their own; tests/e2e/authorization-matrix.spec.ts checks them through every entry point. */

const ORG = "org-1";
const TEAM_A = { id: "team-a", organizationId: ORG };
const TEAM_B = { id: "team-b", organizationId: ORG };
const viewer = (orgRole: "admin" | "manager" | "member" | null, teams: Record<string, "lead" | "member"> = {}): Viewer => ({
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
