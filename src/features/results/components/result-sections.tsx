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
  return (
    <>
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
    </>
  );
}
