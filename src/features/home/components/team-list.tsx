import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { asLevel, levelTone } from "@/components/ui/level";
import { TextLink } from "@/components/ui/text-link";
import { cn } from "@/lib/cn";
import { formatDate, formatOwnershipModel } from "@/lib/format";
import { paths } from "@/lib/paths";
import type { HomeTeam } from "../queries";

const OBJECTS = [
  ["data", "Data"],
  ["model", "Model"],
  ["code", "Code"],
] as const;

/** The levels of the team's last submitted assessment, each in its level's colour, and when it was submitted. */
function LastLevels({ last }: { last: HomeTeam["lastSubmitted"] }) {
  if (!last) return <p className="text-sm text-slate-600">Not assessed yet</p>;
  return (
    <div className="space-y-1">
      <ul className="flex flex-wrap gap-1.5" aria-label="Last levels">
        {OBJECTS.map(([object, label]) => {
          const level = last.levels[object];
          return (
            <li
              key={object}
              className={cn(
                "rounded px-2 py-0.5 text-xs font-semibold",
                level === undefined ? "bg-slate-100 text-slate-700" : levelTone({ level: asLevel(level) }),
              )}
            >
              {label} {level === undefined ? "n/a" : `L${level}`}
            </li>
          );
        })}
      </ul>
      <p className="text-sm text-slate-600">
        {last.weakestLevel !== null && <>Weakest link L{last.weakestLevel} · </>}submitted{" "}
        {formatDate(last.submittedAt)}
      </p>
    </div>
  );
}

/**
 * The team's next step for this viewer: resume the draft (a link, so it opens in a new tab too),
 * or the start button the page passes in (start, or retake from the last answers).
 */
function NextAction({
  team,
  startButton,
}: {
  team: HomeTeam;
  startButton: (team: HomeTeam) => React.ReactNode;
}) {
  if (!team.canStart) return null;
  if (team.draft)
    return (
      <Link href={paths.assessment(team.draft.id)} className={buttonVariants({ size: "sm" })}>
        Resume draft<span className="sr-only"> of {team.name}</span>
      </Link>
    );
  return startButton(team);
}

/** The teams on the start page: each with its last levels, its draft in progress, and what to do next. */
export function TeamList({
  teams,
  startButton,
}: {
  teams: HomeTeam[];
  startButton: (team: HomeTeam) => React.ReactNode;
}) {
  return (
    <Card as="ul" divided aria-label="Teams">
      {teams.map((team) => (
        <li key={team.id} className="grid gap-3 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center">
          <div className="min-w-0 space-y-2">
            <div>
              <p className="font-medium">
                <TextLink href={paths.team(team.id)}>{team.name}</TextLink>
                {team.leads && (
                  <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                    You lead
                  </span>
                )}
              </p>
              <p className="text-sm text-slate-600">
                {team.businessUnit} · {formatOwnershipModel(team.ownershipModel)}
              </p>
            </div>
            <LastLevels last={team.lastSubmitted} />
            {team.draft && (
              <p className="text-sm text-slate-700">
                <span className="rounded border border-slate-300 px-1.5 py-0.5 text-xs">
                  Draft in progress
                </span>{" "}
                updated {formatDate(team.draft.updatedAt)}
              </p>
            )}
          </div>
          <div className="flex flex-wrap items-center gap-3 text-sm sm:justify-end">
            {team.lastSubmitted && (
              <TextLink href={paths.results(team.lastSubmitted.id)} className="py-1.5">
                Latest results<span className="sr-only"> of {team.name}</span>
              </TextLink>
            )}
            <NextAction team={team} startButton={startButton} />
          </div>
        </li>
      ))}
    </Card>
  );
}
