/** Two to five teams fit side by side on the comparison page. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 5;

/** Why `ticked` teams cannot be compared, or null when they can. */
export function compareSelectionProblem(ticked: number): string | null {
  if (ticked < MIN_COMPARED)
    return `Tick two to five teams to compare them (${ticked === 0 ? "none" : "one"} ticked).`;
  if (ticked > MAX_COMPARED) return `Compare at most five teams at once (${ticked} ticked).`;
  return null;
}
