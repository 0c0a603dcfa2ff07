import type { TeamOverview } from "@/server/repositories/organizations";
import { formatDate, formatOwnershipModel } from "@/lib/format";

function LatestStatus({ latest }: { latest: TeamOverview["latestAssessment"] }) {
  if (!latest) return <span className="text-slate-600">No assessment yet</span>;
  if (latest.status === "draft") {
    return <span className="text-amber-800">Draft in progress · updated {formatDate(latest.updatedAt)}</span>;
  }
  return (
    <span className="text-emerald-800">
      Submitted {latest.submittedAt ? formatDate(latest.submittedAt) : ""}
      {latest.weakestLevel !== null ? ` · weakest link L${latest.weakestLevel}` : ""}
    </span>
  );
}

export function TeamList({ teams, actions }: { teams: TeamOverview[]; actions: (team: TeamOverview) => React.ReactNode }) {
  if (teams.length === 0) {
    return <p className="text-slate-700">This organisation has no teams yet.</p>;
  }
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Teams">
      {teams.map((team) => (
        <li key={team.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <div>
            <p className="font-medium">{team.name}</p>
            <p className="text-sm text-slate-600">
              {team.businessUnit} · {formatOwnershipModel(team.ownershipModel)}
            </p>
          </div>
          <div className="flex flex-col gap-2 text-sm sm:items-end">
            <LatestStatus latest={team.latestAssessment} />
            <div className="flex flex-wrap gap-3">{actions(team)}</div>
          </div>
        </li>
      ))}
    </ul>
  );
}
