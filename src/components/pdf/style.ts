import { fileURLToPath } from "node:url";
import { Font, StyleSheet } from "@react-pdf/renderer";

/**
 * Shared look of the PDF reports, A4 or US Letter, set in DejaVu Sans: a real font embedded in the
 * file (the built-in Helvetica covers only Windows-1252, so "→", "≥" or "×" could not be printed).
 * The font files ship with the code (fonts/, with their licence), so a fresh machine without the
 * system font renders the same report; they are found next to this module, in the PDF worker
 * (which loads src/ through tsx) as in tests.
 */

export type PaperSize = "A4" | "LETTER";

/** The one font family of both reports; bold is `fontWeight: "bold"`, italic `fontStyle: "italic"`. */
export const FONT_FAMILY = "DejaVu Sans";

const fontFile = (name: string) => fileURLToPath(new URL(`./fonts/${name}`, import.meta.url));

Font.register({
  family: FONT_FAMILY,
  fonts: [
    { src: fontFile("DejaVuSans.ttf"), fontWeight: 400, fontStyle: "normal" },
    { src: fontFile("DejaVuSans-Bold.ttf"), fontWeight: 700, fontStyle: "normal" },
    { src: fontFile("DejaVuSans-Oblique.ttf"), fontWeight: 400, fontStyle: "italic" },
  ],
});

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
export const leading = (fontSize: number) => `${Math.round(fontSize * 1.35 * 10) / 10}pt`;

export const INK = "#0f172a";
export const MUTED = "#475569";
export const BRAND = "#172a66";
export const RULE = "#cbd5e1";

export const styles = StyleSheet.create({
  page: {
    paddingTop: 56,
    paddingBottom: 60,
    paddingHorizontal: 48,
    fontSize: 10,
    fontFamily: FONT_FAMILY,
    color: INK,
  },
  h1: { fontSize: 18, lineHeight: 1.2, fontWeight: "bold", color: BRAND, marginBottom: 10 },
  h2: { fontSize: 13, lineHeight: 1.2, fontWeight: "bold", marginTop: 8, marginBottom: 4 },
  p: { marginBottom: 3, lineHeight: leading(10) },
  strong: { fontWeight: "bold", lineHeight: leading(10) },
  small: { fontSize: 9, color: "#334155", lineHeight: leading(9) },
  bullet: { marginBottom: 2, marginLeft: 6, lineHeight: leading(10) },
  header: {
    position: "absolute",
    top: 22,
    left: 48,
    right: 48,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: MUTED,
    borderBottomWidth: 0.5,
    borderBottomColor: RULE,
    paddingBottom: 4,
  },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 48,
    right: 48,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: MUTED,
    borderTopWidth: 0.5,
    borderTopColor: RULE,
    paddingTop: 4,
  },
});

/**
 * Text as the report prints it. The embedded font covers the characters the questionnaire and
 * teams write ("→", "≥", "×", accents, quotes), so text passes unchanged but for control
 * characters, which no font draws.
 */
export function pdfText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}
