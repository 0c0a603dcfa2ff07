import { Fragment } from "react";
import { Text } from "@react-pdf/renderer";
import { pdfText, styles as base } from "@/components/pdf/style";
import { formatDate } from "@/lib/format";
import type { EvidenceView } from "../../evidence-view";
import { ReportPage, type ReportFrame } from "./frame";
import { levelText, styles } from "./styles";

/** Appendix: the levels as claimed and as the team's repositories evidence them, the disagreements, and what was found where. */
export function EvidencePage({ evidence, frame }: { evidence: EvidenceView; frame: ReportFrame }) {
  return (
    <ReportPage frame={frame}>
      <Text style={base.h1}>Appendix: evidence from the repositories</Text>
      <Text style={base.p}>
        {pdfText(
          `Scan of ${formatDate(new Date(evidence.scannedAt))}. ${evidence.backedShare === null ? "" : `${Math.round(evidence.backedShare * 100)}% of the answers are backed by what the repositories show. `}The evidenced level scores every answer limited to what the evidence supports.`,
        )}
      </Text>
      <Text style={base.h2}>Claimed and evidenced levels</Text>
      {evidence.objects.map((o) => (
        <Text key={o.id} style={base.bullet}>
          {pdfText(`${o.title}: claimed ${levelText(o.claimed)}, evidenced ${levelText(o.evidenced)}`)}
        </Text>
      ))}
      <Text style={base.bullet}>
        {pdfText(
          `Weakest link: claimed ${levelText(evidence.weakest.claimed)}, evidenced ${levelText(evidence.weakest.evidenced)}`,
        )}
      </Text>
      <Text style={base.h2} minPresenceAhead={60}>
        Disagreements ({evidence.disagreements.length})
      </Text>
      {evidence.disagreements.length === 0 && (
        <Text style={base.p}>None: the answers and the repositories agree.</Text>
      )}
      {evidence.disagreements.map((d) => (
        <Fragment key={d.questionId}>
          <Text style={base.strong} minPresenceAhead={24}>
            {pdfText(`${d.object}: ${d.question}`)}
          </Text>
          <Text style={base.p}>
            {pdfText(
              `Answer: ${d.claimed} The repositories show (${d.confidence} confidence): ${d.evidence} ${d.why}`,
            )}
          </Text>
          <Text style={[base.small, styles.answerLast]}>
            {pdfText(d.note ? `The team's note: ${d.note}` : "No note.")}
          </Text>
        </Fragment>
      ))}
      <Text style={base.h2} minPresenceAhead={60}>
        Findings
      </Text>
      {evidence.findings.map((f, i) => (
        <Text key={`${f.rule}-${i}`} style={base.small}>
          {pdfText(
            `${f.question} ${f.says} (${f.confidence}): ${f.rule}${f.where.length > 0 ? ` In ${f.where.join(", ")}.` : ""}`,
          )}
        </Text>
      ))}
    </ReportPage>
  );
}
