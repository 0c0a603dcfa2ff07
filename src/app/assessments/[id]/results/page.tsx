import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { StartAssessmentButton } from "@/features/assessment/components/start-button";
import { requireViewer } from "@/features/auth/session";
import { AdviceList } from "@/features/results/components/advice-list";
import { ChangeSummary } from "@/features/results/components/change-summary";
import { EvidenceSection } from "@/features/results/components/evidence-section";
import { ObjectLadders } from "@/features/results/components/object-ladders";
import { PlanList } from "@/features/results/components/plan-list";
import { ResultActions } from "@/features/results/components/result-actions";
import { RiskList } from "@/features/results/components/risk-list";
import { ScoreChart } from "@/features/results/components/score-chart";
import { Verdict } from "@/features/results/components/verdict";
import { getResultPage } from "@/features/results/queries";
import { formatDate } from "@/lib/format";
import { assessmentIdSchema } from "@/lib/ids";

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ lens?: string }>;
}) {
  const rawId = (await params).id;
  const viewer = await requireViewer(`/assessments/${rawId}/results`);
  const id = assessmentIdSchema.safeParse(rawId);
  const found = id.success ? await getResultPage(viewer, id.data, (await searchParams).lens) : null;
  if (!found) notFound();
  const { assessment, result, previous, teamDraftId, access, view, evidence } = found;
  const { questionnaire, team } = assessment;
  const retake = access === "write" && (
    <StartAssessmentButton
      teamId={team.id}
      label={teamDraftId ? "Resume the team's draft" : "Retake this assessment"}
      retake
    />
  );
  return (
    <div className="space-y-10">
      <PageHeader
        eyebrow={`Submitted ${assessment.submittedAt ? formatDate(assessment.submittedAt) : ""} · ${questionnaire.id} v${questionnaire.version} · engine ${result.engineVersion}`}
        title={`${team.name}: results`}
      >
        <Verdict view={view} />
        <ResultActions assessmentId={assessment.id} teamId={team.id} lens={view.lens.id} start={retake} />
      </PageHeader>
      <Section id="levels" title="Levels by object" className="space-y-4">
        <ScoreChart
          data={view.objects.map((o) => ({
            object: o.title,
            score: o.score,
            level: o.level,
            target: o.target,
          }))}
        />
        <ObjectLadders objects={view.objects} />
      </Section>
      {evidence && (
        <Section id="evidence" title="Claimed and evidenced">
          <EvidenceSection evidence={evidence} />
        </Section>
      )}
      <Section id="risks" title="Open risks" className="space-y-4">
        <RiskList risks={view.risks} />
      </Section>
      <Section id="plan" anchor title="Improvement plan" className="space-y-4">
        <PlanList view={view} assessmentId={assessment.id} />
      </Section>
      {view.advice.length > 0 && (
        <Section id="advice" title="Advice for your context">
          <AdviceList advice={view.advice} />
        </Section>
      )}
      <Section id="change" title="Change since the previous assessment">
        <ChangeSummary questionnaire={questionnaire} previous={previous} result={result} />
      </Section>
    </div>
  );
}
