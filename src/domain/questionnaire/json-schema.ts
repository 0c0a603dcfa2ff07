import { z } from "zod";
import { evidenceFileSchema } from "../evidence/schema";
import { contextFileSchema, manifestFileSchema, mlTestScoreFileSchema, objectFileSchema } from "./schema";
import {
  contextFileV1Schema,
  manifestFileV1Schema,
  mlTestScoreFileV1Schema,
  objectFileV1Schema,
  risksFileV1Schema,
} from "./schema-v1";

/**
 * JSON Schemas of the questionnaire files, generated from the zod schemas, for YAML editors'
 * completion and checks (`# yaml-language-server: $schema=…` at the top of each file): the
 * current format under v2/ (with the evidence rules beside it), the first format (questionnaire v1)
 * where it always was.
 */
export function questionnaireJsonSchemas(): Record<string, unknown> {
  const kinds = {
    "v2/manifest": manifestFileSchema,
    "v2/object": objectFileSchema,
    "v2/context": contextFileSchema,
    "v2/ml-test-score": mlTestScoreFileSchema,
    "v2/evidence": evidenceFileSchema,
    manifest: manifestFileV1Schema,
    object: objectFileV1Schema,
    context: contextFileV1Schema,
    risks: risksFileV1Schema,
    "ml-test-score": mlTestScoreFileV1Schema,
  };
  return Object.fromEntries(
    Object.entries(kinds).map(([kind, schema]) => [
      `${kind}.schema.json`,
      z.toJSONSchema(schema, { io: "input" }),
    ]),
  );
}
