import { cva } from "class-variance-authority";
import { cn } from "@/lib/cn";

/**
 * A level's colour as Tailwind classes (tokens from level-palette.ts, declared in globals.css).
 * `faded` is the pale form, for results too old to trust.
 */
export const levelTone = cva("", {
  variants: {
    level: { 0: "", 1: "", 2: "", 3: "", 4: "" },
    faded: { true: "text-level-tint-ink", false: "" },
  },
  compoundVariants: [
    { level: 0, faded: false, className: "bg-level-0 text-level-0-ink" },
    { level: 1, faded: false, className: "bg-level-1 text-level-1-ink" },
    { level: 2, faded: false, className: "bg-level-2 text-level-2-ink" },
    { level: 3, faded: false, className: "bg-level-3 text-level-3-ink" },
    { level: 4, faded: false, className: "bg-level-4 text-level-4-ink" },
    { level: 0, faded: true, className: "bg-level-0-tint" },
    { level: 1, faded: true, className: "bg-level-1-tint" },
    { level: 2, faded: true, className: "bg-level-2-tint" },
    { level: 3, faded: true, className: "bg-level-3-tint" },
    { level: 4, faded: true, className: "bg-level-4-tint" },
  ],
  defaultVariants: { faded: false },
});

const FILL = ["bg-level-0", "bg-level-1", "bg-level-2", "bg-level-3", "bg-level-4"] as const;

/** A bar segment in a level's colour (the counts are written beside it). */
export function LevelSwatch({
  level,
  className,
  style,
}: {
  level: number;
  className?: string;
  style?: React.CSSProperties;
}) {
  return <div className={cn(FILL[level] ?? "bg-slate-400", className)} style={style} />;
}

/** Narrows a stored level to the palette's range (stored levels are 0–4 by the engine's contract). */
export function asLevel(level: number): 0 | 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(0, Math.floor(level))) as 0 | 1 | 2 | 3 | 4;
}
