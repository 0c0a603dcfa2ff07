import { cn } from "@/lib/cn";
import { levelTone } from "./level";

/** What the level colours mean: L0–L4 as chips, the problem levels first and strongest. */
export function LevelLegend({ className }: { className?: string }) {
  return (
    <p className={cn("flex flex-wrap items-center gap-1.5 text-xs text-slate-700", className)}>
      <span className="mr-1">Levels:</span>
      {([0, 1, 2, 3, 4] as const).map((level) => (
        <span key={level} className={cn("rounded px-1.5 py-0.5 font-semibold", levelTone({ level }))}>
          L{level}
        </span>
      ))}
      <span className="ml-1">from a problem (red, orange) to mature (green).</span>
    </p>
  );
}
