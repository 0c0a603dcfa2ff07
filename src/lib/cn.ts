import { clsx, type ClassValue } from "clsx";

/**
 * Class names joined. No two of them may set the same property (`px-2` beside `px-3`: which one
 * wins would depend on the stylesheet's order, not on the order here). Where a caller changes a
 * component's look, the component offers a variant or a prop for it, so nothing has to merge
 * classes in the browser (a merger such as tailwind-merge weighs 8 kB gzipped on every page).
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
