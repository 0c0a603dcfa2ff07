import type { Metadata, Route } from "next";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/features/auth/session";
import { AssessmentForm } from "@/features/assessment/components/assessment-form";
import { getAssessment } from "@/features/assessment/queries";
import { assessmentIdSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assessment" };

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  const viewer = await requireViewer(`/assessments/${rawId}`);
  const id = assessmentIdSchema.safeParse(rawId);
  const found = id.success ? await getAssessment(viewer, id.data) : null;
  if (!found) notFound();
  const { assessment, access } = found;
  if (assessment.status === "submitted") redirect(`/assessments/${assessment.id}/results` as Route);
  if (access === "read") {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{assessment.team.name}: assessment in progress</h1>
        <p className="max-w-2xl text-slate-700" data-testid="read-only-draft">
          A lead of {assessment.team.name} is filling in this assessment ({assessment.answers.filter((a) => a.answer).length} answers saved so far). Only the team&apos;s leads can change it; its results appear here once it is submitted.
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-600">{assessment.questionnaire.title} · version {assessment.questionnaire.version}</p>
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{assessment.team.name}: assessment</h1>
        <p className="mt-2 max-w-2xl text-slate-700">
          Answer for the practice your team follows today, not the plan. Every answer is saved as you go; you can stop and come back at any time.
        </p>
      </div>
      <AssessmentForm assessmentId={assessment.id} questionnaire={assessment.questionnaire} initialAnswers={assessment.answers} initialTargets={assessment.targets} />
    </div>
  );
}
