import fs from "node:fs";
import { loadV2 } from "../support/answers";
import { calibrationTable } from "./calibration-table";
import { loadCalibration } from "./calibration";

/** Writes docs/calibration.md from the calibration profiles, their answers and the engine (part of `npm run generate`). */
fs.writeFileSync("docs/calibration.md", calibrationTable(loadCalibration(loadV2())));
console.log("wrote docs/calibration.md");
