import { TEAMS_PER_PAGE } from "./schemas";

/** The page of teams the table shows (the requested one, or the last when it asks for more), and where it sits in the whole. */
export function pageOfTeams<T>(teams: T[], requested: number) {
  const pages = Math.max(1, Math.ceil(teams.length / TEAMS_PER_PAGE));
  const page = Math.min(requested, pages);
  const start = (page - 1) * TEAMS_PER_PAGE;
  return {
    page,
    pages,
    shown: teams.slice(start, start + TEAMS_PER_PAGE),
    first: start + 1,
    last: Math.min(page * TEAMS_PER_PAGE, teams.length),
    total: teams.length,
  };
}
