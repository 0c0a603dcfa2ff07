import { benchScoring } from "./scoring";

/** `npm run bench`: every benchmark of the product, as numbers and ratios (no pass/fail). */
console.log("Scoring engine (questionnaire mlops-maturity v1, example answers):");
console.table(benchScoring());
