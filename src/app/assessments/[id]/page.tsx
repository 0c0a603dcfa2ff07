import type { Metadata, Route } from "next";
import { notFound, redirect } from "next/navigation";
import { AssessmentForm } from "@/features/assessment/components/assessment-form";
import { getAssessment } from "@/features/assessment/queries";
import { assessmentIdSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assessment" };

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const id = assessmentIdSchema.safeParse((await params).id);
  const assessment = id.success ? await getAssessment(id.data) : null;
  if (!assessment) notFound();
  if (assessment.status === "submitted") redirect(`/assessments/${assessment.id}/results` as Route);
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
