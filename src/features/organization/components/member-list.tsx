"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { compactSelectClass, FormAlert, secondaryButtonClass } from "@/components/ui/form";
import { callApi } from "@/lib/api-client";

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

/** The organisation's people: role, teams, and the admin's controls to change them. */
export function MemberList({ organizationId, members, teams, viewerId }: { organizationId: string; members: MemberRow[]; teams: { id: string; name: string }[]; viewerId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? "a team";

  async function run(call: Promise<{ ok: boolean; message?: string }>) {
    setBusy(true);
    setError(null);
    const result = await call;
    setBusy(false);
    if (!result.ok) setError(result.message ?? "The change was not saved.");
    router.refresh();
  }

  const base = `/api/organizations/${organizationId}/members`;
  return (
    <div className="space-y-3">
      {teams.length > 0 && <AddToTeam members={members} teams={teams} disabled={busy} onAdd={(userId, teamId, role) => void run(callApi(`${base}/${userId}/teams`, { method: "PUT", body: { teamId, role } }))} />}
      {error && <FormAlert>{error}</FormAlert>}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Members">
        {members.map((member) => (
          <li key={member.userId} className="space-y-2 px-4 py-3" data-testid={`member-${member.email}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p>
                <span className="font-medium">{member.name}</span> <span className="text-sm text-slate-600">{member.email}</span>
                {member.userId === viewerId && <span className="text-sm text-slate-600"> (you)</span>}
              </p>
              <div className="flex flex-wrap items-center gap-2">
                <label className="sr-only" htmlFor={`role-${member.userId}`}>
                  Role of {member.name}
                </label>
                <select
                  id={`role-${member.userId}`}
                  className={compactSelectClass}
                  value={member.role}
                  disabled={busy}
                  onChange={(e) => void run(callApi(`${base}/${member.userId}`, { method: "PATCH", body: { role: e.target.value } }))}
                >
                  {(Object.keys(ROLE_LABEL) as OrgRole[]).map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABEL[role]}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={busy}
                  onClick={() => {
                    if (window.confirm(`Remove ${member.name} from the organisation and all its teams?`)) void run(callApi(`${base}/${member.userId}`, { method: "DELETE" }));
                  }}
                >
                  Remove<span className="sr-only"> {member.name}</span>
                </button>
              </div>
            </div>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              {member.teams.length === 0 && <span className="text-slate-600">In no team</span>}
              {member.teams.map((t) => (
                <span key={t.teamId} className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5">
                  {teamName(t.teamId)} · {t.role}
                  <button
                    type="button"
                    className="rounded px-1 text-slate-700 hover:bg-slate-200"
                    disabled={busy}
                    onClick={() => void run(callApi(`${base}/${member.userId}/teams`, { method: "PUT", body: { teamId: t.teamId, role: null } }))}
                  >
                    ×<span className="sr-only"> take {member.name} out of {teamName(t.teamId)}</span>
                  </button>
                </span>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One control for the whole list (not one per person, which would repeat every team for everyone). */
function AddToTeam({ members, teams, disabled, onAdd }: { members: MemberRow[]; teams: { id: string; name: string }[]; disabled: boolean; onAdd: (userId: string, teamId: string, role: TeamRole) => void }) {
  const [userId, setUserId] = useState(members[0]?.userId ?? "");
  const [teamId, setTeamId] = useState(teams[0]?.id ?? "");
  const [role, setRole] = useState<TeamRole>("member");
  return (
    <div className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm" role="group" aria-label="Put someone in a team">
      <label>
        <span className="block font-medium">Person</span>
        <select value={userId} onChange={(e) => setUserId(e.target.value)} className={compactSelectClass}>
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name} ({m.email})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="block font-medium">Team</span>
        <select value={teamId} onChange={(e) => setTeamId(e.target.value)} className={compactSelectClass}>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="block font-medium">As</span>
        <select value={role} onChange={(e) => setRole(e.target.value as TeamRole)} className={compactSelectClass}>
          <option value="member">member</option>
          <option value="lead">lead</option>
        </select>
      </label>
      <button type="button" className={secondaryButtonClass} disabled={disabled || !userId || !teamId} onClick={() => onAdd(userId, teamId, role)}>
        Put in team
      </button>
    </div>
  );
}
