import { Text, View } from "@react-pdf/renderer";
import { BRAND, MUTED, pdfText, RULE, styles as base } from "@/components/pdf/style";
import { levelColour } from "@/components/ui/level-palette";
import type { ResultView } from "../../view";
import type { OrganizationMedians } from "./data";
import { ReportPage, type ReportFrame } from "./frame";
import { levelText, styles } from "./styles";

const LEVELS = [0, 1, 2, 3, 4];
const SEVERITY_TITLE = { high: "High", medium: "Medium", low: "Low" } as const;

/** One object's ladder: the steps reached in the level's colour, the target outlined, the organisation's median marked. */
function Ladder({ object, median }: { object: ResultView["objects"][number]; median: number | null }) {
  const colour = levelColour(object.level);
  return (
    <View style={{ flexDirection: "row", alignItems: "flex-start", marginBottom: 8 }} wrap={false}>
      <Text style={{ width: 70, fontWeight: "bold", paddingTop: 5 }}>{pdfText(object.title)}</Text>
      {LEVELS.map((level) => {
        const reached = object.level !== null && level <= object.level;
        const target = object.target === level;
        return (
          <View key={level} style={{ width: 62, marginRight: 4 }}>
            <Text
              style={{
                textAlign: "center",
                paddingVertical: 5,
                fontWeight: level === object.level ? "bold" : "normal",
                backgroundColor: reached ? colour.fill : "#f8fafc",
                color: reached ? colour.ink : MUTED,
                borderWidth: target ? 2 : 0.75,
                borderColor: target ? BRAND : RULE,
              }}
            >
              L{level}
            </Text>
            <Text style={{ fontSize: 8, textAlign: "center", color: MUTED, height: 20, lineHeight: "10pt" }}>
              {[
                level === object.level ? "reached" : null,
                target ? "target" : null,
                median === level ? "median" : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          </View>
        );
      })}
    </View>
  );
}

/**
 * The scorecard on one page: each object's ladder (level reached, target, organisation median),
 * the same in a table, and the top risks.
 */
export function ScorecardPage({
  view,
  medians,
  frame,
}: {
  view: ResultView;
  medians: OrganizationMedians | null;
  frame: ReportFrame;
}) {
  const topRisks = view.risks.slice(0, 5);
  const hasMedian = medians !== null && medians.teams > 1;
  return (
    <ReportPage frame={frame}>
      <Text style={base.h1}>Scorecard</Text>
      <Text style={[base.p, { marginBottom: 10 }]}>
        Each object climbs a ladder from L0 to L4; a level counts only when the steps below it are in place.
        Filled steps are reached, the outlined step is the target
        {hasMedian ? `, and "median" marks the middle team of ${medians.teams} in the organisation` : ""}.
      </Text>
      {view.objects.map((o) => (
        <Ladder key={o.id} object={o} median={hasMedian ? (medians.objects[o.id]?.level ?? null) : null} />
      ))}

      <View style={[styles.tableHead, { marginTop: 6 }]}>
        <Text style={{ width: 90 }}>Object</Text>
        <Text style={{ width: 70 }}>Level</Text>
        <Text style={{ width: 60 }}>Score</Text>
        <Text style={{ width: 60 }}>Target</Text>
        <Text style={{ width: 60 }}>Gap</Text>
        <Text style={{ flex: 1 }}>Organisation median</Text>
      </View>
      {view.objects.map((o) => {
        const median = medians?.objects[o.id];
        return (
          <View key={o.id} style={styles.tableRow}>
            <Text style={{ width: 90 }}>{pdfText(o.title)}</Text>
            <Text style={{ width: 70, fontWeight: "bold" }}>{levelText(o.level)}</Text>
            <Text style={{ width: 60 }}>{o.score.toFixed(2)}</Text>
            <Text style={{ width: 60 }}>{o.target === null ? "–" : `L${o.target}`}</Text>
            <Text style={{ width: 60 }}>
              {o.gap === null || o.gap <= 0 ? "–" : `${o.gap} level${o.gap === 1 ? "" : "s"}`}
            </Text>
            <Text style={{ flex: 1 }}>
              {hasMedian && median ? `L${median.level} (score ${median.score.toFixed(2)})` : "–"}
            </Text>
          </View>
        );
      })}
      <Text style={[base.small, { marginTop: 4 }]}>
        {hasMedian
          ? `Median of the latest submitted assessment of each of the organisation's ${medians.teams} teams.`
          : "No organisation median: this team is the only one with a submitted assessment."}
      </Text>

      <Text style={[base.h2, { marginTop: 14 }]}>Top risks</Text>
      {topRisks.length === 0 ? (
        <Text style={base.p}>No open risks.</Text>
      ) : (
        topRisks.map((r) => (
          <Text key={r.id} style={base.bullet}>
            {pdfText(
              `• ${SEVERITY_TITLE[r.severity]} · ${r.objectTitle}: ${r.title}${r.closedBy.length > 0 ? ` (closed by plan item ${r.closedBy.join(", ")})` : ""}`,
            )}
          </Text>
        ))
      )}
      {view.risks.length > topRisks.length && (
        <Text style={base.small}>
          {view.risks.length - topRisks.length} more open risk
          {view.risks.length - topRisks.length === 1 ? "" : "s"} in the risks section.
        </Text>
      )}
    </ReportPage>
  );
}
