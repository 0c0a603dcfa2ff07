import { Card } from "@/components/ui/card";
import { formatDate, formatOwnershipModel } from "@/lib/format";
import type { HomeTeam } from "../queries";

function LatestStatus({ latest }: { latest: HomeTeam["latestAssessment"] }) {
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

export function TeamList({
  teams,
  actions,
}: {
  teams: HomeTeam[];
  actions: (team: HomeTeam) => React.ReactNode;
}) {
  if (teams.length === 0) {
    return <p className="text-slate-700">This organisation has no teams yet.</p>;
  }
  return (
    <Card as="ul" divided aria-label="Teams">
      {teams.map((team) => (
        <li
          key={team.id}
          className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
        >
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
    </Card>
  );
}
