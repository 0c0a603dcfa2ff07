import { StyleSheet } from "@react-pdf/renderer";

/** The assessment report's own styles, on top of the shared ones in components/pdf/style. */
export const styles = StyleSheet.create({
  answerLast: { marginBottom: 8 },
  coverTitle: {
    fontSize: 28,
    lineHeight: 1.2,
    fontFamily: "Helvetica-Bold",
    color: "#172a66",
    marginTop: 120,
    marginBottom: 12,
  },
  coverLine: { fontSize: 13, marginBottom: 6 },
  levelCard: {
    flexGrow: 1,
    flexBasis: 0,
    borderWidth: 1,
    borderColor: "#cbd5e1",
    borderRadius: 4,
    padding: 8,
    marginRight: 8,
  },
  levelBig: { fontSize: 22, lineHeight: 1.2, fontFamily: "Helvetica-Bold", color: "#172a66" },
  ladderRow: {
    flexDirection: "row",
    paddingVertical: 3,
    borderBottomWidth: 0.5,
    borderBottomColor: "#e2e8f0",
  },
  ladderCurrent: { backgroundColor: "#eef4ff" },
});

export const levelText = (level: number | null) => (level === null ? "not assessable" : `L${level}`);
