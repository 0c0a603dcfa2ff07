import { Text, View } from "@react-pdf/renderer";
import { BRAND, pdfText, styles as base } from "@/components/pdf/style";
import { ROADMAP_BUCKETS, roadmapOf } from "../../roadmap";
import type { ResultView } from "../../view";
import { ReportPage, type ReportFrame } from "./frame";
import { styles } from "./styles";

const COLUMNS = { rank: 22, object: 60, step: 60, priority: 56 };

/** The plan as a Now / Next / Later table (see roadmapOf for how items are bucketed). */
export function RoadmapPage({ view, frame }: { view: ResultView; frame: ReportFrame }) {
  const roadmap = roadmapOf(view);
  return (
    <ReportPage frame={frame}>
      <Text style={base.h1}>Roadmap: Now, Next, Later</Text>
      <Text style={[base.p, { marginBottom: 8 }]}>
        The improvement plan in its order, basics first. Now: the next step of each object, and any gap in a
        step already reached. Next: the step after that. Later: two or more steps further.
      </Text>
      {view.plan.length === 0 && (
        <Text style={base.p}>Nothing left to recommend: every capability is in place.</Text>
      )}
      {view.plan.length > 0 && (
        <View style={[styles.tableRow, { fontSize: 9, fontWeight: "bold" }]}>
          <Text style={{ width: COLUMNS.rank }}>#</Text>
          <Text style={{ flex: 1 }}>Action</Text>
          <Text style={{ width: COLUMNS.object }}>Object</Text>
          <Text style={{ width: COLUMNS.step }}>Step</Text>
          <Text style={{ width: COLUMNS.priority }}>Priority</Text>
        </View>
      )}
      {ROADMAP_BUCKETS.map((bucket) => {
        const items = roadmap[bucket.id];
        if (items.length === 0) return null;
        return (
          <View key={bucket.id} style={{ marginBottom: 6 }}>
            <View
              style={[styles.tableHead, { backgroundColor: "#eef2ff", marginTop: 4 }]}
              minPresenceAhead={40}
            >
              <Text style={{ width: 60, color: BRAND, paddingLeft: 4 }}>{bucket.title}</Text>
              <Text style={{ flex: 1, fontWeight: "normal", fontSize: 9 }}>
                {items.length} item{items.length === 1 ? "" : "s"}: {bucket.meaning}
              </Text>
            </View>
            {items.map((item) => (
              <View key={item.capabilityId} style={[styles.tableRow, { paddingVertical: 2.5 }]} wrap={false}>
                <Text style={{ width: COLUMNS.rank }}>{item.rank}</Text>
                <Text style={{ flex: 1, paddingRight: 6 }}>{pdfText(item.title)}</Text>
                <Text style={{ width: COLUMNS.object }}>{pdfText(item.objectTitle)}</Text>
                <Text style={{ width: COLUMNS.step }}>
                  L{item.step - 1} → L{item.step}
                </Text>
                <Text style={{ width: COLUMNS.priority }}>{item.priority}</Text>
              </View>
            ))}
          </View>
        );
      })}
    </ReportPage>
  );
}
