import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgressChart } from "@/components/charts/progress-chart";
import { buttonClass, LabelledSelect } from "@/components/ui/form";
import { requireViewer } from "@/features/auth/session";
import { StartAssessmentButton } from "@/features/assessment/components/start-button";
import { ChangeSummary } from "@/features/results/components/change-summary";
import { getTeamDifference, getTeamHistory } from "@/features/results/history";
import { formatDate, formatOwnershipModel } from "@/lib/format";
import { uuidSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Team history" };

/** A team's milestones: every submitted assessment, the trend per object, and the change between any two. */
export default async function TeamPage({ params, searchParams }: { params: Promise<{ teamId: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const rawId = (await params).teamId;
  const viewer = await requireViewer(`/teams/${rawId}`);
  const id = uuidSchema.safeParse(rawId);
  const history = id.success ? await getTeamHistory(viewer, id.data) : null;
  if (!history) notFound();
  const { team, submitted, submittedCount } = history;
  const query = await searchParams;
  const last = submitted.at(-1);
  const fromId = uuidSchema.safeParse(query.from).data ?? submitted.at(-2)?.id;
  const toId = uuidSchema.safeParse(query.to).data ?? last?.id;
  const difference = fromId && toId && fromId !== toId ? await getTeamDifference(viewer, team.id, fromId, toId) : null;
  const label = (a: { submittedAt: Date; weakestLevel: number | null }) => `${formatDate(a.submittedAt)} (weakest ${a.weakestLevel === null ? "not assessable" : `L${a.weakestLevel}`})`;

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm text-slate-600">
          {team.organizationName} · {team.businessUnit} · {formatOwnershipModel(team.ownershipModel)}
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{team.name}</h1>
        {history.canLead && (
          <StartAssessmentButton teamId={team.id} label={history.draftId ? "Resume draft" : last ? "Retake" : "Start assessment"} retake={Boolean(last)} context={`for ${team.name}`} />
        )}
      </header>

      <section aria-labelledby="trend-heading" className="space-y-3">
        <h2 id="trend-heading" className="text-2xl font-semibold">
          Trend
        </h2>
        {submitted.length === 0 ? (
          <p className="text-slate-700">No submitted assessment yet.</p>
        ) : (
          <ProgressChart
            label={`Scores of ${team.name} per assessment`}
            points={submitted.map((a) => ({ label: formatDate(a.submittedAt), data: a.objects.data?.score, model: a.objects.model?.score, code: a.objects.code?.score }))}
          />
        )}
      </section>

      <section aria-labelledby="milestones-heading" className="space-y-3">
        <h2 id="milestones-heading" className="text-2xl font-semibold">
          Submitted assessments
        </h2>
        {submittedCount > submitted.length && (
          <p className="text-slate-700">
            The latest {submitted.length} of {submittedCount} submitted assessments.
          </p>
        )}
        {submitted.length > 0 && (
          <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm" data-testid="milestones">
              <caption className="sr-only">Submitted assessments of {team.name}, newest first</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">Submitted</th>
                  <th scope="col" className="px-3 py-2">Data</th>
                  <th scope="col" className="px-3 py-2">Model</th>
                  <th scope="col" className="px-3 py-2">Code</th>
                  <th scope="col" className="px-3 py-2">Weakest</th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">Links</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...submitted].reverse().map((a) => (
                  <tr key={a.id} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      {formatDate(a.submittedAt)}
                    </th>
                    {(["data", "model", "code"] as const).map((o) => (
                      <td key={o} className="px-3 py-2">
                        {a.objects[o] ? `L${a.objects[o].level} · ${a.objects[o].score.toFixed(2)}` : "–"}
                      </td>
                    ))}
                    <td className="px-3 py-2">L{a.weakestLevel}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      <Link href={`/assessments/${a.id}/results` as Route} className="text-brand-700 underline">
                        Results<span className="sr-only"> of {formatDate(a.submittedAt)}</span>
                      </Link>{" "}
                      ·{" "}
                      <a href={`/api/assessments/${a.id}/report.pdf`} className="text-brand-700 underline" download>
                        PDF<span className="sr-only"> report of {formatDate(a.submittedAt)}</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {submitted.length >= 2 && (
        <section aria-labelledby="difference-heading" className="space-y-4">
          <h2 id="difference-heading" className="text-2xl font-semibold">
            Difference between two assessments
          </h2>
          <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Pick two assessments">
            <LabelledSelect label="From" name="from" defaultValue={fromId} options={submitted.map((a) => [a.id, label(a)] as const)} />
            <LabelledSelect label="To" name="to" defaultValue={toId} options={submitted.map((a) => [a.id, label(a)] as const)} />
            <button type="submit" className={buttonClass}>
              Show difference
            </button>
          </form>
          {difference ? (
            <ChangeSummary questionnaire={difference.questionnaire} previous={difference.from} result={difference.to.result} />
          ) : (
            <p className="text-slate-700">Pick two different assessments.</p>
          )}
        </section>
      )}
    </div>
  );
}
