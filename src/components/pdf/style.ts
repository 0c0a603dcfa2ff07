import { Font, StyleSheet } from "@react-pdf/renderer";

/** Shared look of the PDF reports: PDF's built-in Helvetica (no font files, no network), A4 or US Letter. */

export type PaperSize = "A4" | "LETTER";

Font.registerHyphenationCallback(breakableWord);

/** Words up to this length never break (tool names, ids); longer runs (links, pasted tokens) break anywhere. */
const LONGEST_WHOLE_WORD = 24;

/**
 * The pieces a line may break between: a word stays whole, and a run of characters longer than any
 * word is cut every few characters, so that no text runs off the page or is cut short.
 */
export function breakableWord(word: string): string[] {
  if (word.length <= LONGEST_WHOLE_WORD) return [word];
  return word.match(/[\s\S]{1,8}/g) ?? [word];
}

/**
 * Line heights in points, set per text style and never on the page: react-pdf 4 re-multiplies a
 * page-level line height on every pagination pass, which breaks the page-number footer of long
 * reports ("unsupported number", diegomura/react-pdf#3452), and reads a unitless one on a text
 * against the default font size rather than the text's own.
 */
const leading = (fontSize: number) => `${Math.round(fontSize * 1.35 * 10) / 10}pt`;

export const styles = StyleSheet.create({
  page: {
    paddingTop: 48,
    paddingBottom: 56,
    paddingHorizontal: 48,
    fontSize: 10,
    fontFamily: "Helvetica",
    color: "#0f172a",
  },
  h1: { fontSize: 18, lineHeight: 1.2, fontFamily: "Helvetica-Bold", color: "#172a66", marginBottom: 10 },
  h2: { fontSize: 13, lineHeight: 1.2, fontFamily: "Helvetica-Bold", marginTop: 8, marginBottom: 4 },
  p: { marginBottom: 3, lineHeight: leading(10) },
  strong: { fontFamily: "Helvetica-Bold", lineHeight: leading(10) },
  small: { fontSize: 8.5, color: "#334155", lineHeight: leading(8.5) },
  bullet: { marginBottom: 2, marginLeft: 6, lineHeight: leading(10) },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 48,
    right: 48,
    fontSize: 8,
    color: "#64748b",
    textAlign: "center",
  },
});

/**
 * Text for the built-in fonts, which only cover Windows-1252: the arrows and comparison signs of
 * the questionnaire become their ASCII spelling, and anything else outside the set becomes "?".
 */
export function pdfText(text: string): string {
  return text
    .replace(/→/g, "->")
    .replace(/←/g, "<-")
    .replace(/≥/g, ">=")
    .replace(/≤/g, "<=")
    .replace(/×/g, "x")
    .replace(/[^\u0000-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, "?");
}
