import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageTitle } from "@/components/ui/page-header";
import { getViewer, requireViewer } from "@/features/auth/session";
import { ResultActions } from "@/features/results/components/result-actions";
import { ResultSections } from "@/features/results/components/result-sections";
import { VerdictHeader } from "@/features/results/components/verdict-header";
import { getResultPage } from "@/features/results/queries";
import { formatDate } from "@/lib/format";
import { assessmentIdSchema } from "@/lib/ids";
import { paths } from "@/lib/paths";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ lens?: string }>;
}

async function load({ params, searchParams }: Props) {
  const id = assessmentIdSchema.safeParse((await params).id);
  const viewer = await getViewer();
  if (!viewer || !id.success) return null;
  return getResultPage(viewer, id.data, (await searchParams).lens);
}

/** "Credit Risk · results · 13 Jul 2026": the tab names the team and the date. */
export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found?.assessment.submittedAt) return { title: "Results" };
  return { title: `${found.assessment.team.name} · results · ${formatDate(found.assessment.submittedAt)}` };
}

export default async function ResultsPage(props: Props) {
  await requireViewer(`/assessments/${(await props.params).id}/results`);
  const found = await load(props);
  if (!found) notFound();
  const { assessment, result, previous, teamDraftId, access, view, evidence, organization } = found;
  const { questionnaire, team } = assessment;
  const submitted = assessment.submittedAt ? formatDate(assessment.submittedAt) : "";
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <Breadcrumbs
          trail={[
            {
              label: organization.name,
              href: organization.wholeOrganization ? paths.dashboard(organization.id) : paths.home(),
            },
            { label: team.name, href: paths.team(team.id) },
            { label: `Results of ${submitted}` },
          ]}
        />
        <PageTitle>{`${team.name}: results`}</PageTitle>
        <p className="text-sm text-slate-600">
          Submitted {submitted} · {questionnaire.id} v{questionnaire.version} · engine {result.engineVersion}
        </p>
        <VerdictHeader view={view} />
        <ResultActions
          assessmentId={assessment.id}
          teamId={team.id}
          lens={view.lens.id}
          draftId={access === "write" ? teamDraftId : null}
          canRetake={access === "write"}
        />
      </header>
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
