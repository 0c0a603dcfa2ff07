import type { Metadata, Route } from "next";
import Link from "next/link";
import { secondaryButtonClass } from "@/components/ui/form";
import { notFound } from "next/navigation";
import { requireViewer } from "@/features/auth/session";
import { StartAssessmentButton } from "@/features/assessment/components/start-button";
import { ChangeSummary } from "@/features/results/components/change-summary";
import { ObjectLadders } from "@/features/results/components/object-ladders";
import { PlanList } from "@/features/results/components/plan-list";
import { RiskList } from "@/features/results/components/risk-list";
import { ScoreChart } from "@/features/results/components/score-chart";
import { Verdict } from "@/features/results/components/verdict";
import { getResult } from "@/features/results/queries";
import { buildResultView } from "@/features/results/view";
import { formatDate } from "@/lib/format";
import { assessmentIdSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ lens?: string }> }) {
  const rawId = (await params).id;
  const viewer = await requireViewer(`/assessments/${rawId}/results`);
  const id = assessmentIdSchema.safeParse(rawId);
  const view = id.success ? await getResult(viewer, id.data) : null;
  if (!view) notFound();
  const { assessment, result, previous, teamDraftId, access } = view;
  const { questionnaire } = assessment;
  const shown = buildResultView({ questionnaire, result, answers: assessment.answers, lens: (await searchParams).lens ?? result.lens ?? null });
  const lens = shown.lens.id;

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm text-slate-600">
          Submitted {assessment.submittedAt ? formatDate(assessment.submittedAt) : ""} · {questionnaire.id} v{questionnaire.version} · engine {result.engineVersion}
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{assessment.team.name}: results</h1>
        <Verdict view={shown} />
        <div className="flex flex-wrap items-center gap-3 pt-2 text-sm">
          {access === "write" && <StartAssessmentButton teamId={assessment.team.id} label={teamDraftId ? "Resume the team's draft" : "Retake this assessment"} retake />}
          <a href={`/api/assessments/${assessment.id}/report.pdf?lens=${lens}`} className={secondaryButtonClass} download>
            PDF report (A4)
          </a>
          <a href={`/api/assessments/${assessment.id}/report.pdf?lens=${lens}&paper=letter`} className={secondaryButtonClass} download>
            PDF report (US Letter)
          </a>
          <a href={`/api/assessments/${assessment.id}/export.json`} className="text-brand-700 underline" download>
            Export JSON
          </a>
          <Link href={`/teams/${assessment.team.id}` as Route} className="text-brand-700 underline">
            Team history
          </Link>
        </div>
      </header>

      <section aria-labelledby="levels-heading" className="space-y-4">
        <h2 id="levels-heading" className="text-2xl font-semibold">
          Levels by object
        </h2>
        <ScoreChart data={shown.objects.map((o) => ({ object: o.title, score: o.score, target: o.target }))} />
        <ObjectLadders objects={shown.objects} />
      </section>

      <section aria-labelledby="risks-heading" className="space-y-4">
        <h2 id="risks-heading" className="text-2xl font-semibold">
          Open risks
        </h2>
        <RiskList risks={shown.risks} />
      </section>

      <section id="plan" aria-labelledby="plan-heading" className="space-y-4">
        <h2 id="plan-heading" className="text-2xl font-semibold">
          Improvement plan
        </h2>
        <p className="max-w-2xl text-slate-700">Basics first: the next step of each object before anything further, the weakest object first.</p>
        <PlanList view={shown} basePath={`/assessments/${assessment.id}/results`} />
        <p className="text-sm">
          <a href={`/api/assessments/${assessment.id}/plan.csv?lens=${lens}`} className="text-brand-700 underline" download>
            Download the plan as CSV
          </a>{" "}
          <span className="text-slate-600">(one row per item, ready to import into Jira, Linear or GitHub)</span>
        </p>
      </section>

      {shown.advice.length > 0 && (
        <section aria-labelledby="advice-heading" className="space-y-3">
          <h2 id="advice-heading" className="text-2xl font-semibold">
            Advice for your context
          </h2>
          <ul className="space-y-2">
            {shown.advice.map((a) => (
              <li key={a.title} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-medium">{a.title}</p>
                <p className="mt-1 text-sm text-slate-700">{a.advice}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="change-heading" className="space-y-3">
        <h2 id="change-heading" className="text-2xl font-semibold">
          Change since the previous assessment
        </h2>
        <ChangeSummary questionnaire={questionnaire} previous={previous} result={result} />
      </section>
    </div>
  );
}
