import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { StartAssessmentButton } from "@/features/assessment/components/start-button";
import { requireViewer } from "@/features/auth/session";
import { ResultActions } from "@/features/results/components/result-actions";
import { ResultSections } from "@/features/results/components/result-sections";
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
      <ResultSections
        assessment={assessment}
        questionnaire={questionnaire}
        result={result}
        previous={previous}
        view={view}
        evidence={evidence}
      />
    </div>
  );
}
