import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Class names joined, with later Tailwind utilities overriding earlier ones of the same kind (`px-2` over `px-3`). */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
