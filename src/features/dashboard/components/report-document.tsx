import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { Dashboard } from "../queries";
import { pdfText, styles as base, type PaperSize } from "@/components/pdf/style";
import { levelColour } from "@/components/ui/level-palette";

/** The dashboard on one landscape page: the teams' levels (as many rows as fit), the spread of levels and the shared risks. */

export const DASHBOARD_PDF_ROWS = 28;

const styles = StyleSheet.create({
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e2e8f0" },
  head: { fontFamily: "Helvetica-Bold", backgroundColor: "#f1f5f9" },
  team: { width: 170, padding: 2 },
  cell: { width: 70, padding: 2, textAlign: "center" },
});

export interface DashboardReportProps {
  dashboard: Dashboard;
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
    <Document title={pdfText(`${organizationName}: MLOps maturity dashboard`)} creator="MLOps maturity">
      <Page
        size={paper}
        orientation="landscape"
        style={[base.page, { fontSize: 8, paddingTop: 32, paddingBottom: 32 }]}
      >
        <Text style={[base.h1, { marginBottom: 2 }]}>
          {pdfText(organizationName)}: MLOps maturity dashboard
        </Text>
        <Text style={[base.small, { marginBottom: 8 }]}>
          {generatedAt.toISOString().slice(0, 10)} · {filters || "all teams"} · each team&apos;s latest
          submitted assessment · median mean score {dashboard.median.mean?.toFixed(2) ?? "–"}
        </Text>
        <View style={{ flexDirection: "row" }}>
          <View style={{ width: 470 }}>
            <View style={[styles.row, styles.head]}>
              <Text style={styles.team}>Team</Text>
              <Text style={styles.cell}>Data</Text>
              <Text style={styles.cell}>Model</Text>
              <Text style={styles.cell}>Code</Text>
              <Text style={[styles.cell, { width: 90 }]}>Assessed</Text>
            </View>
            {shown.map((t) => (
              <View key={t.teamId} style={styles.row}>
                <Text style={styles.team}>{pdfText(t.name)}</Text>
                {(["data", "model", "code"] as const).map((o) => {
                  const cell = t.objects[o];
                  return (
                    <Text
                      key={o}
                      style={[
                        styles.cell,
                        cell
                          ? {
                              backgroundColor: levelColour(cell.level).fill,
                              color: levelColour(cell.level).ink,
                            }
                          : {},
                      ]}
                    >
                      {cell ? `L${cell.level} ${cell.score.toFixed(2)}` : "-"}
                    </Text>
                  );
                })}
                <Text style={[styles.cell, { width: 90 }]}>
                  {t.submittedAt ? t.submittedAt.toISOString().slice(0, 10) : "never"}
                </Text>
              </View>
            ))}
            {dashboard.teams.length > shown.length && (
              <Text style={[base.small, { marginTop: 4 }]}>
                …and {dashboard.teams.length - shown.length} more teams (the CSV export has them all).
              </Text>
            )}
          </View>
          <View style={{ flex: 1, marginLeft: 20 }}>
            <Text style={base.h2}>Levels across teams</Text>
            {Object.entries(dashboard.distribution).map(([object, counts]) => (
              <Text key={object} style={base.p}>
                {object[0]?.toUpperCase()}
                {object.slice(1)}: {counts.map((n, level) => `L${level} ${n}`).join(" · ")}
              </Text>
            ))}
            <Text style={base.h2}>Risks most teams share</Text>
            {dashboard.sharedRisks.map((r) => (
              <Text key={r.riskId} style={base.p}>
                {r.teams} teams: {pdfText(riskTitles[r.riskId] ?? r.riskId)}
              </Text>
            ))}
          </View>
        </View>
      </Page>
    </Document>
  );
}
