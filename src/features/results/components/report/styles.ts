import { StyleSheet } from "@react-pdf/renderer";
import { BRAND, RULE } from "@/components/pdf/style";

/** The assessment report's own styles, on top of the shared ones in components/pdf/style. */
export const styles = StyleSheet.create({
  answerLast: { marginBottom: 8 },
  coverTitle: {
    fontSize: 28,
    lineHeight: 1.2,
    fontWeight: "bold",
    color: BRAND,
    marginTop: 60,
    marginBottom: 12,
  },
  coverLine: { fontSize: 13, marginBottom: 6 },
  levelCard: {
    flexGrow: 1,
    flexBasis: 0,
    borderWidth: 1,
    borderColor: RULE,
    borderRadius: 4,
    padding: 8,
    marginRight: 8,
  },
  levelBig: { fontSize: 22, lineHeight: 1.2, fontWeight: "bold", color: BRAND },
  ladderRow: {
    flexDirection: "row",
    paddingVertical: 3,
    borderBottomWidth: 0.5,
    borderBottomColor: "#e2e8f0",
  },
  ladderCurrent: { backgroundColor: "#eef4ff" },
  tag: {
    fontSize: 8,
    fontWeight: "bold",
    color: BRAND,
    borderWidth: 0.75,
    borderColor: BRAND,
    borderRadius: 2,
    paddingHorizontal: 3,
    paddingVertical: 1,
  },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 4 },
  tableHead: {
    flexDirection: "row",
    borderBottomWidth: 1,
    borderBottomColor: BRAND,
    paddingVertical: 4,
    fontWeight: "bold",
  },
});

export const levelText = (level: number | null) => (level === null ? "not assessable" : `L${level}`);
