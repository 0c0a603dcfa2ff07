import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { LEVEL_PALETTE, NO_LEVEL, TINT_INK, levelColour } from "@/components/ui/level-palette";

/** WCAG 2.x relative luminance of an sRGB colour written #rrggbb. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = (hex.slice(1).match(/../g) ?? []).map((h) => {
    const v = parseInt(h, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour distance a reader sees, roughly: Euclidean in RGB weighted by luminance (redmean). */
function distance(a: string, b: string): number {
  const [r1 = 0, g1 = 0, b1 = 0] = (a.slice(1).match(/../g) ?? []).map((h) => parseInt(h, 16));
  const [r2 = 0, g2 = 0, b2 = 0] = (b.slice(1).match(/../g) ?? []).map((h) => parseInt(h, 16));
  const rm = (r1 + r2) / 2;
  return Math.sqrt(
    (2 + rm / 256) * (r1 - r2) ** 2 + 4 * (g1 - g2) ** 2 + (2 + (255 - rm) / 256) * (b1 - b2) ** 2,
  );
}

describe("the level palette", () => {
  it.each(LEVEL_PALETTE.map((colour, level) => [level, colour] as const))(
    "L%i: text on the level's colour reads at 4.5:1 or more",
    (_level, colour) => {
      expect(contrast(colour.ink, colour.fill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(TINT_INK, colour.tint)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("text on 'no level' reads at 4.5:1 or more", () => {
    expect(contrast(NO_LEVEL.ink, NO_LEVEL.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it("neighbouring levels are clearly different colours, not near-identical pastels", () => {
    for (let level = 1; level < LEVEL_PALETTE.length; level++) {
      expect(
        distance(LEVEL_PALETTE[level - 1]?.fill ?? "", LEVEL_PALETTE[level]?.fill ?? ""),
      ).toBeGreaterThan(150);
    }
  });

  it("the problem levels L0 and L1 stand out most from the white page", () => {
    const fromWhite = LEVEL_PALETTE.map((c) => distance(c.fill, "#ffffff"));
    const strongestHigher = Math.max(...fromWhite.slice(2));
    expect(fromWhite[0]).toBeGreaterThan(strongestHigher);
    expect(fromWhite[1]).toBeGreaterThan(strongestHigher);
  });

  it("a score's whole part picks its level; no level is grey", () => {
    expect(levelColour(2.7)).toBe(LEVEL_PALETTE[2]);
    expect(levelColour(4)).toBe(LEVEL_PALETTE[4]);
    expect(levelColour(null)).toBe(NO_LEVEL);
  });

  it("the Tailwind tokens in globals.css are the palette's colours", () => {
    const css = fs.readFileSync("src/app/globals.css", "utf8");
    const token = (name: string) =>
      css.match(new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6});`, "i"))?.[1]?.toLowerCase();
    LEVEL_PALETTE.forEach((colour, level) => {
      expect(token(`level-${level}`)).toBe(colour.fill);
      expect(token(`level-${level}-ink`)).toBe(colour.ink);
      expect(token(`level-${level}-tint`)).toBe(colour.tint);
    });
    expect(token("level-tint-ink")).toBe(TINT_INK);
  });
});
