import { z } from "zod";
import { contextFileSchema, manifestFileSchema, mlTestScoreFileSchema, objectFileSchema, risksFileSchema } from "./schema";

/**
 * JSON Schemas of the questionnaire files, generated from the zod schemas, for YAML editors'
 * completion and checks (`# yaml-language-server: $schema=…` at the top of each file).
 */
export function questionnaireJsonSchemas(): Record<string, unknown> {
  const kinds = {
    manifest: manifestFileSchema,
    object: objectFileSchema,
    context: contextFileSchema,
    risks: risksFileSchema,
    "ml-test-score": mlTestScoreFileSchema,
  };
  return Object.fromEntries(
    Object.entries(kinds).map(([kind, schema]) => [`${kind}.schema.json`, z.toJSONSchema(schema, { io: "input" })]),
  );
}
