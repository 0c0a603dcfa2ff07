import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/features/auth/session";
import { CompareChart } from "@/features/dashboard/components/compare-chart";
import { getComparison, type DashboardTeamRow } from "@/features/dashboard/queries";
import { compareQuerySchema } from "@/features/dashboard/schemas";
import { formatDate } from "@/lib/format";
import { uuidSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare teams" };

const OBJECTS = [
  { id: "data", title: "Data" },
  { id: "model", title: "Model" },
  { id: "code", title: "Code" },
] as const;

/** Two to five teams side by side: a chart of their scores and a table of where they differ. */
export default async function ComparePage({ params, searchParams }: { params: Promise<{ organizationId: string }>; searchParams: Promise<{ team?: string | string[] }> }) {
  const rawId = (await params).organizationId;
  const viewer = await requireViewer(`/organizations/${rawId}/dashboard`);
  const id = uuidSchema.safeParse(rawId);
  const requested = (await searchParams).team;
  const parsed = compareQuerySchema.safeParse({ team: [...new Set(Array.isArray(requested) ? requested : requested ? [requested] : [])] });
  const comparison = id.success ? await getComparison(viewer, id.data, parsed.success ? parsed.data.team : []) : null;
  if (!comparison) notFound();
  const back = `/organizations/${comparison.organizationId}/dashboard`;
  const teams = comparison.teams.filter((t) => t.assessmentId);

  if (!parsed.success || teams.length < 2) {
    return (
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">Compare teams</h1>
        <p className="text-slate-700">{parsed.success ? "Pick at least two teams that have a submitted assessment." : parsed.error.issues[0]?.message}</p>
        <Link href={back as Route} className="text-brand-700 underline">
          Back to the dashboard
        </Link>
      </section>
    );
  }
  const [reference] = teams;
  const rows = OBJECTS.map((o) => ({ object: o.title, ...Object.fromEntries(teams.map((t) => [t.name, t.objects[o.id]?.score ?? null])) }));
  const delta = (value: number | null | undefined, against: number | null | undefined) =>
    value === null || value === undefined || against === null || against === undefined || value === against ? "" : ` (${value > against ? "+" : "−"}${Math.abs(value - against).toFixed(2)})`;

  // One row per measure: how a team's cell reads, with its difference from the reference team.
  const vsReference = (t: DashboardTeamRow, value: number | null | undefined, against: number | null | undefined) => (t === reference ? "" : delta(value, against));
  const measures: [string, (t: DashboardTeamRow) => string][] = [
    ...OBJECTS.map(({ id, title }): [string, (t: DashboardTeamRow) => string] => [
      title,
      (t) => {
        const cell = t.objects[id];
        return cell ? `L${cell.level} · ${cell.score.toFixed(2)}${vsReference(t, cell.score, reference?.objects[id]?.score)}` : "–";
      },
    ]),
    ["Weakest link", (t) => `L${t.weakestLevel}`],
    ["Mean score", (t) => `${t.meanScore?.toFixed(2) ?? "–"}${vsReference(t, t.meanScore, reference?.meanScore)}`],
    ["Assessed", (t) => (t.submittedAt ? formatDate(t.submittedAt) : "–")],
  ];

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">{comparison.name}</p>
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">Compare {teams.length} teams</h1>
        <p className="text-slate-700">Each team&apos;s latest submitted assessment; differences are against {reference?.name}.</p>
        <Link href={back as Route} className="text-sm text-brand-700 underline">
          Back to the dashboard
        </Link>
      </header>
      <CompareChart teams={teams.map((t) => t.name)} rows={rows} />
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="comparison">
          <caption className="sr-only">Levels and scores of the compared teams</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                <span className="sr-only">Measure</span>
              </th>
              {teams.map((t) => (
                <th key={t.teamId} scope="col" className="px-3 py-2 text-left">
                  <Link href={`/teams/${t.teamId}` as Route} className="text-brand-700 underline">
                    {t.name}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map(([label, cell]) => (
              <tr key={label} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {label}
                </th>
                {teams.map((t) => (
                  <td key={t.teamId} className="px-3 py-2">
                    {cell(t)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
