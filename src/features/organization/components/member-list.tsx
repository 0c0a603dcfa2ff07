"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form";
import { LabelledSelect, Select } from "@/components/ui/select";
import { callApi, type ApiResult } from "@/lib/api-client";
import { paths } from "@/lib/paths";
import { useAction } from "@/lib/use-action";

type OrgRole = "admin" | "manager" | "member";
type TeamRole = "lead" | "member";

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: OrgRole;
  teams: { teamId: string; role: TeamRole }[];
}

const ROLE_LABEL: Record<OrgRole, string> = { admin: "Admin", manager: "Manager", member: "Member" };
const TEAM_ROLE_OPTIONS = [
  ["member", "member"],
  ["lead", "lead"],
] as const;

/** The organisation's people: role, teams, and the admin's controls to change them. */
export function MemberList({
  organizationId,
  members,
  teams,
  viewerId,
}: {
  organizationId: string;
  members: MemberRow[];
  teams: { id: string; name: string }[];
  viewerId: string;
}) {
  const router = useRouter();
  const { busy, error, run: runAction } = useAction();
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? "a team";
  // Whether or not the change was saved, the list shows what the server now holds.
  const run = (call: () => Promise<ApiResult<unknown>>) =>
    void runAction(call, { onDone: () => router.refresh() });
  const setTeamRole = (userId: string, teamId: string, role: TeamRole | null) =>
    run(() =>
      callApi(paths.api.memberTeams(organizationId, userId), {
        method: "PUT",
        body: { teamId, role },
        reply: () => import("../schemas").then((m) => m.doneReply),
      }),
    );

  return (
    <div className="space-y-3">
      {teams.length > 0 && <AddToTeam members={members} teams={teams} disabled={busy} onAdd={setTeamRole} />}
      {error && <FormAlert>{error}</FormAlert>}
      <Card as="ul" divided aria-label="Members">
        {members.map((member) => (
          <li key={member.userId} className="space-y-2 px-4 py-3" data-testid={`member-${member.email}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p>
                <span className="font-medium">{member.name}</span>{" "}
                <span className="text-sm text-slate-600">{member.email}</span>
                {member.userId === viewerId && <span className="text-sm text-slate-600"> (you)</span>}
              </p>
              <div className="flex flex-wrap items-center gap-2">
                <label className="sr-only" htmlFor={`role-${member.userId}`}>
                  Role of {member.name}
                </label>
                <Select
                  id={`role-${member.userId}`}
                  size="compact"
                  value={member.role}
                  disabled={busy}
                  options={Object.entries(ROLE_LABEL)}
                  onChange={(e) =>
                    run(() =>
                      callApi(paths.api.member(organizationId, member.userId), {
                        method: "PATCH",
                        body: { role: e.target.value },
                        reply: () => import("../schemas").then((m) => m.doneReply),
                      }),
                    )
                  }
                />
                <Button
                  variant="danger"
                  size="sm"
                  disabled={busy}
                  onClick={() => {
                    if (window.confirm(`Remove ${member.name} from the organisation and all its teams?`))
                      run(() =>
                        callApi(paths.api.member(organizationId, member.userId), {
                          method: "DELETE",
                          reply: () => import("../schemas").then((m) => m.doneReply),
                        }),
                      );
                  }}
                >
                  Remove<span className="sr-only"> {member.name}</span>
                </Button>
              </div>
            </div>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              {member.teams.length === 0 && <span className="text-slate-600">In no team</span>}
              {member.teams.map((t) => (
                <span
                  key={t.teamId}
                  className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5"
                >
                  {teamName(t.teamId)} · {t.role}
                  <button
                    type="button"
                    className="rounded px-1 text-slate-700 hover:bg-red-100 hover:text-red-800"
                    disabled={busy}
                    onClick={() => setTeamRole(member.userId, t.teamId, null)}
                  >
                    ×
                    <span className="sr-only">
                      {" "}
                      take {member.name} out of {teamName(t.teamId)}
                    </span>
                  </button>
                </span>
              ))}
            </div>
          </li>
        ))}
      </Card>
    </div>
  );
}

/** One control for the whole list (not one per person, which would repeat every team for everyone). */
function AddToTeam({
  members,
  teams,
  disabled,
  onAdd,
}: {
  members: MemberRow[];
  teams: { id: string; name: string }[];
  disabled: boolean;
  onAdd: (userId: string, teamId: string, role: TeamRole) => void;
}) {
  const [userId, setUserId] = useState(members[0]?.userId ?? "");
  const [teamId, setTeamId] = useState(teams[0]?.id ?? "");
  const [role, setRole] = useState<TeamRole>("member");
  return (
    <Card
      padding="sm"
      className="flex flex-wrap items-end gap-2 text-sm"
      role="group"
      aria-label="Put someone in a team"
    >
      <LabelledSelect
        label="Person"
        value={userId}
        onChange={(e) => setUserId(e.target.value)}
        options={members.map((m) => [m.userId, `${m.name} (${m.email})`] as const)}
      />
      <LabelledSelect
        label="Team"
        value={teamId}
        onChange={(e) => setTeamId(e.target.value)}
        options={teams.map((t) => [t.id, t.name] as const)}
      />
      <LabelledSelect
        label="As"
        value={role}
        onChange={(e) => setRole(e.target.value === "lead" ? "lead" : "member")}
        options={TEAM_ROLE_OPTIONS}
      />
      <Button
        variant="secondary"
        size="sm"
        disabled={disabled || !userId || !teamId}
        onClick={() => onAdd(userId, teamId, role)}
      >
        Put in team
      </Button>
    </Card>
  );
}
