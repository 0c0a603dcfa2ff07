import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { AssessmentForm } from "@/features/assessment/components/assessment-form";
import { ReadOnlyDraft } from "@/features/assessment/components/read-only-draft";
import { getAssessment } from "@/features/assessment/queries";
import { answeringTitle, formSections, stepOf } from "@/features/assessment/sections";
import { getViewer, requireViewer } from "@/features/auth/session";
import { assessmentIdSchema } from "@/lib/ids";
import { paths } from "@/lib/paths";

/** "Credit Risk · Data · assessment": the tab names the team and the step (the page keeps it as the step changes). */
export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}): Promise<Metadata> {
  const viewer = await getViewer();
  const id = assessmentIdSchema.safeParse((await params).id);
  const found = viewer && id.success ? await getAssessment(viewer, id.data) : null;
  if (!found) return { title: "Assessment" };
  const section = (await searchParams).section;
  const sections = formSections(found.assessment.questionnaire);
  const step = stepOf(
    typeof section === "string" ? section : null,
    sections.map((s) => s.id),
  );
  return { title: answeringTitle(found.assessment.team.name, step, sections) };
}

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  const viewer = await requireViewer(`/assessments/${rawId}`);
  const id = assessmentIdSchema.safeParse(rawId);
  const found = id.success ? await getAssessment(viewer, id.data) : null;
  if (!found) notFound();
  const { assessment, access, evidence, reviewCadenceDays } = found;
  if (assessment.status === "submitted") redirect(paths.results(assessment.id));
  if (access === "read")
    return (
      <ReadOnlyDraft
        teamName={assessment.team.name}
        answered={assessment.answers.filter((a) => a.answer).length}
      />
    );
  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[
          { label: assessment.team.name, href: paths.team(assessment.team.id) },
          { label: "Assessment in progress" },
        ]}
      />
      <PageHeader
        eyebrow={`${assessment.questionnaire.title} · version ${assessment.questionnaire.version}`}
        title={`${assessment.team.name}: assessment`}
        spacing={0}
      >
        <p className="mt-2 max-w-2xl text-slate-700">
          Answer for the practice your team follows today, not the plan. Every answer is saved as you go; you
          can stop and come back at any time.
        </p>
      </PageHeader>
      <AssessmentForm
        assessmentId={assessment.id}
        teamId={assessment.team.id}
        teamName={assessment.team.name}
        questionnaire={assessment.questionnaire}
        initialAnswers={assessment.answers}
        initialTargets={assessment.targets}
        evidence={evidence}
        reviewCadenceDays={reviewCadenceDays}
      />
    </div>
  );
}
