import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { pdfText, styles as base, type PaperSize } from "@/components/pdf/style";
import { levelColour, NO_LEVEL } from "@/components/ui/level-palette";
import { isoDate } from "@/lib/export-files";
import { quarterPoints } from "../progress";
import { DASHBOARD_PDF_ROWS } from "../schemas";
import type { Dashboard, DashboardHeadline } from "../queries";
import { APP_NAME } from "@/lib/app-name";

/**
 * The dashboard on one landscape page, as the page shows it: the headline strip, the teams'
 * weakest links and levels (as many rows as fit), the spread of levels, the median per quarter and
 * the shared risks. Body text is 9 pt or more; colours come from the one level palette.
 */

/** The trend table's latest quarters. */
const QUARTERS_IN_PDF = 6;

const BODY = 9;
const styles = StyleSheet.create({
  body: { fontSize: BODY, lineHeight: 1.25 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e2e8f0" },
  head: { backgroundColor: "#f1f5f9" },
  team: { width: 160, padding: 2 },
  cell: { width: 62, padding: 2, textAlign: "center" },
  date: { width: 104, padding: 2, textAlign: "center" },
  figure: { flex: 1, borderWidth: 0.5, borderColor: "#cbd5e1", borderRadius: 3, padding: 5, marginRight: 6 },
  figureValue: { fontSize: 16, lineHeight: 1.35, marginVertical: 1 },
  h2: { fontSize: 11, marginTop: 8, marginBottom: 3 },
  bar: { flexDirection: "row", height: 8, marginBottom: 1 },
});

export interface DashboardReportProps {
  dashboard: Dashboard & { headline: DashboardHeadline };
  organizationName: string;
  riskTitles: Record<string, string>;
  filters: string;
  paper: PaperSize;
  generatedAt: Date;
}

export function DashboardReport({
  dashboard,
  organizationName,
  riskTitles,
  filters,
  paper,
  generatedAt,
}: DashboardReportProps) {
  const shown = dashboard.teams.slice(0, DASHBOARD_PDF_ROWS);
  return (
    <Document title={pdfText(`${organizationName}: MLOps maturity dashboard`)} creator={APP_NAME}>
      <Page
        size={paper}
        orientation="landscape"
        style={[base.page, styles.body, { paddingTop: 28, paddingBottom: 28, paddingHorizontal: 32 }]}
      >
        <Text style={[base.h1, { marginBottom: 2 }]}>
          {pdfText(organizationName)}: MLOps maturity dashboard
        </Text>
        <Text style={{ marginBottom: 6, color: "#334155" }}>
          {isoDate(generatedAt)} · {pdfText(filters) || "all teams"} · each team&apos;s latest submitted
          assessment
        </Text>
        <Headline headline={dashboard.headline} />
        <View style={{ flexDirection: "row", marginTop: 8 }}>
          <View style={{ width: 520 }}>
            <View style={[styles.row, styles.head]}>
              <Text style={[styles.team, base.strong]}>Team</Text>
              <Text style={[styles.cell, base.strong]}>Weakest</Text>
              <Text style={[styles.cell, base.strong]}>Data</Text>
              <Text style={[styles.cell, base.strong]}>Model</Text>
              <Text style={[styles.cell, base.strong]}>Code</Text>
              <Text style={[styles.date, base.strong]}>Assessed</Text>
            </View>
            {shown.map((t) => (
              <View key={t.teamId} style={styles.row} wrap={false}>
                <Text style={styles.team}>{pdfText(oneLine(t.name))}</Text>
                {t.assessmentId ? (
                  <>
                    <LevelCell
                      level={t.weakestLevel}
                      text={t.weakestLevel === null ? "-" : `L${t.weakestLevel}`}
                    />
                    {(["data", "model", "code"] as const).map((o) => {
                      const cell = t.objects[o];
                      return (
                        <LevelCell
                          key={o}
                          level={cell?.level ?? null}
                          text={cell ? `L${cell.level} ${cell.score.toFixed(2)}` : "n/a"}
                        />
                      );
                    })}
                    <Text style={styles.date}>
                      {t.submittedAt ? isoDate(t.submittedAt) : "-"}
                      {t.overdue ? " (overdue)" : ""}
                    </Text>
                  </>
                ) : (
                  <Text style={{ flex: 1, padding: 2, color: "#334155" }}>not assessed yet</Text>
                )}
              </View>
            ))}
            {dashboard.totalTeams > shown.length && (
              <Text style={{ marginTop: 4 }}>
                …and {dashboard.totalTeams - shown.length} more teams (the CSV export has them all).
              </Text>
            )}
            <Legend />
          </View>
          <View style={{ flex: 1, marginLeft: 18 }}>
            <Distribution distribution={dashboard.distribution} />
            <Trend quarters={dashboard.quarters} />
            <Text style={[styles.h2, base.strong]}>Risks most teams share</Text>
            {dashboard.sharedRisks.length === 0 && <Text>No open risks in the teams shown.</Text>}
            {dashboard.sharedRisks.slice(0, 5).map((r) => (
              <Text key={r.riskId} style={{ marginBottom: 2 }}>
                <Text style={base.strong}>{r.severity}</Text> · {r.teams} teams:{" "}
                {pdfText(riskTitles[r.riskId] ?? r.riskId)}
              </Text>
            ))}
          </View>
        </View>
      </Page>
    </Document>
  );
}

/** A team's name on one line of its column (names run to 80 characters), so the page stays one page. */
const NAME_CHARACTERS = 30;
const oneLine = (name: string) =>
  name.length > NAME_CHARACTERS ? `${name.slice(0, NAME_CHARACTERS - 1).trimEnd()}…` : name;

const teamsOf = (n: number) => `${n} ${n === 1 ? "team" : "teams"}`;

function Headline({ headline: h }: { headline: DashboardHeadline }) {
  const figures: [string, string, string][] = [
    [
      "Median weakest link",
      h.medianWeakest === null ? "-" : `L${h.medianWeakest}`,
      `of ${teamsOf(h.assessed)} assessed`,
    ],
    [
      "Teams improved",
      String(h.improved),
      h.withPrevious === 0
        ? "no team assessed twice yet"
        : `since their last assessment, of ${teamsOf(h.withPrevious)} assessed twice or more`,
    ],
    ["Teams at L0–L1", String(h.atLowLevels), `of ${teamsOf(h.assessed)} assessed`],
    ["Overdue for reassessment", String(h.overdue), `older than ${h.reviewCadenceDays} days`],
    ["Open high risks", String(h.highRisks), `across ${teamsOf(h.teamsWithHighRisks)}`],
  ];
  return (
    <View>
      <View style={{ flexDirection: "row" }}>
        {figures.map(([label, value, note]) => (
          <View key={label} style={styles.figure}>
            <Text>{label}</Text>
            <Text style={[base.strong, styles.figureValue]}>{value}</Text>
            <Text style={{ color: "#334155" }}>{note}</Text>
          </View>
        ))}
      </View>
      {h.mostImproved.length > 0 && (
        <Text style={{ marginTop: 4 }}>
          <Text style={base.strong}>Most improved: </Text>
          {h.mostImproved
            .map(
              (t) => `${pdfText(t.name)} (+${t.levelsGained} ${t.levelsGained === 1 ? "level" : "levels"})`,
            )
            .join(", ")}
        </Text>
      )}
    </View>
  );
}

function LevelCell({ level, text }: { level: number | null; text: string }) {
  const colour = level === null ? NO_LEVEL : levelColour(level);
  return (
    <Text style={[styles.cell, level === null ? {} : { backgroundColor: colour.fill, color: colour.ink }]}>
      {text}
    </Text>
  );
}

function Legend() {
  return (
    <View style={{ flexDirection: "row", alignItems: "center", marginTop: 6 }}>
      <Text style={{ marginRight: 4 }}>Levels:</Text>
      {[0, 1, 2, 3, 4].map((level) => (
        <Text
          key={level}
          style={{
            backgroundColor: levelColour(level).fill,
            color: levelColour(level).ink,
            paddingHorizontal: 4,
            marginRight: 2,
          }}
        >
          L{level}
        </Text>
      ))}
      <Text style={{ marginLeft: 4 }}>from a problem (red, orange) to mature (green).</Text>
    </View>
  );
}

function Distribution({ distribution }: { distribution: Dashboard["distribution"] }) {
  return (
    <View>
      <Text style={[styles.h2, base.strong, { marginTop: 0 }]}>Levels across teams</Text>
      {Object.entries(distribution).map(([object, counts]) => {
        const total = counts.reduce((a, b) => a + b, 0);
        return (
          <View key={object} style={{ marginBottom: 3 }}>
            <Text>
              {object[0]?.toUpperCase()}
              {object.slice(1)}: {counts.map((n, level) => `L${level} ${n}`).join(" · ")}
            </Text>
            {total > 0 && (
              <View style={styles.bar}>
                {counts.map((n, level) =>
                  n > 0 ? (
                    <View key={level} style={{ flexGrow: n, backgroundColor: levelColour(level).fill }} />
                  ) : null,
                )}
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}

function Trend({ quarters }: { quarters: Dashboard["quarters"] }) {
  const points = quarterPoints(quarters).slice(-QUARTERS_IN_PDF);
  const cell = { width: 44, textAlign: "center" as const };
  return (
    <View>
      <Text style={[styles.h2, base.strong]}>Median score per quarter</Text>
      {points.length === 0 ? (
        <Text>No submitted assessments yet.</Text>
      ) : (
        <>
          <View style={[styles.row, styles.head]}>
            <Text style={[{ width: 56 }, base.strong]}>Quarter</Text>
            <Text style={[cell, base.strong]}>Data</Text>
            <Text style={[cell, base.strong]}>Model</Text>
            <Text style={[cell, base.strong]}>Code</Text>
          </View>
          {points.map((p) => (
            <View key={p.label} style={styles.row}>
              <Text style={{ width: 56 }}>{p.label}</Text>
              {(["data", "model", "code"] as const).map((o) => (
                <Text key={o} style={cell}>
                  {p[o]?.toFixed(2) ?? "-"}
                </Text>
              ))}
            </View>
          ))}
        </>
      )}
    </View>
  );
}
