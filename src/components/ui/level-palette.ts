/**
 * The colours of the levels L0–L4, defined once for every place that colours a level: the
 * Tailwind tokens `--color-level-N`, `--color-level-N-ink` and `--color-level-N-tint` in
 * app/globals.css (a unit test keeps them equal to this table), the recharts charts and the PDF
 * reports. The problem levels are the strongest colours (L0 a dark red, L1 a bright orange); the
 * higher levels are lighter and step from amber through lime to green, so neighbouring steps stay
 * apart. The level is always written out too, so no one depends on telling the colours apart.
 */

export interface LevelColour {
  /** The level's colour: cell backgrounds, bars. */
  fill: string;
  /** Text on `fill`, at least 4.5:1 against it. */
  ink: string;
  /** A pale form of the level (stale assessments on the dashboard), read with `TINT_INK`. */
  tint: string;
}

export const LEVEL_PALETTE = [
  { fill: "#b91c1c", ink: "#ffffff", tint: "#fecaca" },
  { fill: "#f97316", ink: "#0f172a", tint: "#fed7aa" },
  { fill: "#fcd34d", ink: "#0f172a", tint: "#fef3c7" },
  { fill: "#a3e635", ink: "#0f172a", tint: "#ecfccb" },
  { fill: "#34d399", ink: "#0f172a", tint: "#d1fae5" },
] as const satisfies readonly LevelColour[];

/** Text on a tint. */
export const TINT_INK = "#0f172a";

/** An object that is not assessable has no level: neutral grey. */
export const NO_LEVEL: LevelColour = { fill: "#94a3b8", ink: "#0f172a", tint: "#f1f5f9" };

export type LevelIndex = 0 | 1 | 2 | 3 | 4;

/** The colours of a level (a score's whole part); null or out of range is "no level". */
export function levelColour(level: number | null | undefined): LevelColour {
  if (level === null || level === undefined) return NO_LEVEL;
  return LEVEL_PALETTE[Math.floor(level)] ?? NO_LEVEL;
}
