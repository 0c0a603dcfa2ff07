import type { ObjectId } from "@/domain/questionnaire/schema";
import { LevelSwatch } from "@/components/ui/level";

/** How many teams sit at each level, per object: a stacked bar with the counts written out. */
export function LevelDistribution({ distribution }: { distribution: Record<ObjectId, number[]> }) {
  return (
    <dl className="space-y-3">
      {(Object.entries(distribution) as [ObjectId, number[]][]).map(([object, counts]) => {
        const total = counts.reduce((a, b) => a + b, 0);
        return (
          <div key={object} className="grid grid-cols-[4rem_1fr] items-center gap-3">
            <dt className="font-medium capitalize">{object}</dt>
            <dd>
              <div className="flex h-5 w-full overflow-hidden rounded bg-slate-100" aria-hidden="true">
                {counts.map((n, level) =>
                  n > 0 ? (
                    <LevelSwatch
                      key={level}
                      level={level}
                      className="border-r border-white last:border-r-0"
                      style={{ width: `${(n / total) * 100}%` }}
                    />
                  ) : null,
                )}
              </div>
              <p className="mt-1 text-xs text-slate-700" data-testid={`distribution-${object}`}>
                {counts.map((n, level) => `L${level}: ${n}`).join(" · ")}
              </p>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
