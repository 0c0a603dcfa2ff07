export interface ProgressPoint {
  label: string;
  data?: number;
  model?: number;
  code?: number;
}

/** The three lines of a progress chart, in the order of the legend and of the numbers' columns. */
export const SERIES = [
  { key: "data", name: "Data", colour: "#2f54c9" },
  { key: "model", name: "Model", colour: "#b45309" },
  { key: "code", name: "Code", colour: "#047857" },
] as const;
