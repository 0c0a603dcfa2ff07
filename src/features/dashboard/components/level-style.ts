/** A level's cell colour (light, so dark text stays readable); the level is always written too. */
export const LEVEL_CELL = ["bg-red-100", "bg-orange-100", "bg-amber-100", "bg-lime-100", "bg-emerald-200"] as const;
export const LEVEL_BAR = ["bg-red-400", "bg-orange-400", "bg-amber-400", "bg-lime-500", "bg-emerald-600"] as const;
