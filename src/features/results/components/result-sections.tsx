import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { AssessmentResult } from "@/domain/scoring/result";
import { Section } from "@/components/ui/section";
import type { EvidenceView } from "../evidence-view";
import type { ResultView } from "../view";
import { AdviceList } from "./advice-list";
import { ChangeSummary } from "./change-summary";
import { EvidenceSection } from "./evidence-section";
import { ObjectLadders } from "./object-ladders";
import { PlanList } from "./plan-list";
import { RiskList } from "./risk-list";
import { ScoreChart } from "./score-chart";
import { SectionNav } from "@/components/ui/section-nav";
import { VerdictDetails } from "./verdict";

/** The results page below its verdict: levels, claimed and evidenced, risks, plan, advice, change. */
export function ResultSections({
  assessment,
  questionnaire,
  result,
  previous,
  view,
  evidence,
}: {
  assessment: { id: string };
  questionnaire: Questionnaire;
  result: AssessmentResult;
  previous: { id: string; submittedAt: Date; result: AssessmentResult } | null;
  view: ResultView;
  evidence: EvidenceView | null;
}) {
  const hasDetails = view.realTest !== null || view.mlopsV0 !== null || view.preProduction;
  const sections = [
    hasDetails && { id: "where-you-stand", label: "Where you stand" },
    { id: "levels", label: "Levels" },
    evidence && { id: "evidence", label: "Evidence" },
    { id: "risks", label: `Risks (${view.risks.length})` },
    { id: "plan", label: `Plan (${view.plan.length})` },
    view.advice.length > 0 && { id: "advice", label: "Advice" },
    { id: "change", label: "Change" },
  ].filter((s): s is { id: string; label: string } => Boolean(s));
  return (
    <>
      <SectionNav sections={sections} />
      {hasDetails && (
        <Section id="where-you-stand" anchor title="Where you stand" className="scroll-mt-16">
          <VerdictDetails view={view} />
        </Section>
      )}
      <Section id="levels" anchor title="Levels by object" spacing="lg" className="scroll-mt-16">
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
        <Section id="evidence" anchor title="Claimed and evidenced" className="scroll-mt-16">
          <EvidenceSection evidence={evidence} />
        </Section>
      )}
      <Section id="risks" anchor title="Open risks" spacing="lg" className="scroll-mt-16">
        <RiskList risks={view.risks} plan={view.plan} />
      </Section>
      <Section id="plan" anchor title="Improvement plan" spacing="lg" className="scroll-mt-16">
        <PlanList view={view} assessmentId={assessment.id} />
      </Section>
      {view.advice.length > 0 && (
        <Section id="advice" anchor title="Advice for your context" className="scroll-mt-16">
          <AdviceList advice={view.advice} />
        </Section>
      )}
      <Section id="change" anchor title="Change since the previous assessment" className="scroll-mt-16">
        <ChangeSummary questionnaire={questionnaire} previous={previous} result={result} />
      </Section>
    </>
  );
}
