import type { PlanItemView, ResultView } from "./view";

export type RoadmapBucket = "now" | "next" | "later";

export const ROADMAP_BUCKETS: { id: RoadmapBucket; title: string; meaning: string }[] = [
  { id: "now", title: "Now", meaning: "the next step of each object, and gaps below it" },
  { id: "next", title: "Next", meaning: "the step after that" },
  { id: "later", title: "Later", meaning: "two or more steps further" },
];

/**
 * The plan as a Now / Next / Later roadmap, in the plan's own order. An item is bucketed by how far
 * its step lies above its object's current level (nothing is scored again): the step to the next
 * level, or a gap in a step already reached, is Now; the step after that is Next; anything further
 * is Later. An object that is not assessable counts as L0.
 */
export function roadmapOf(view: Pick<ResultView, "objects" | "plan">): Record<RoadmapBucket, PlanItemView[]> {
  const levels = new Map(view.objects.map((o) => [o.id, o.level ?? 0]));
  const roadmap: Record<RoadmapBucket, PlanItemView[]> = { now: [], next: [], later: [] };
  for (const item of view.plan) {
    const distance = item.step - (levels.get(item.object) ?? 0);
    roadmap[distance <= 1 ? "now" : distance === 2 ? "next" : "later"].push(item);
  }
  return roadmap;
}
