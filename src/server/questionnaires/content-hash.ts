import { createHash } from "node:crypto";
import type { Questionnaire } from "@/domain/questionnaire/questionnaire";

/** A questionnaire version's fingerprint: an export names it, so an import can check it scores on the same content. */
export function contentHash(questionnaire: Questionnaire): string {
  return createHash("sha256").update(JSON.stringify(questionnaire)).digest("hex");
}
