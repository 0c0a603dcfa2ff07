import { z } from "zod";
import { idSchema, levelSchema, objectIdSchema, stepSchema } from "./primitives";

/**
 * The first format of the questionnaire files (questionnaire `mlops-maturity` v1, scored by engine
 * 1). Kept as it was so that v1 stays valid and its stored results readable; new versions use the
 * format of schema.ts. One `questionnaire.yaml` names the version and its lenses; one file per
 * object (levels, capabilities, questions); `context.yaml` holds the unscored questions and the
 * advice they trigger; `risks.yaml` the risk catalogue. Ids are stable forever.
 */

const text = z.string().trim().min(1);

export const manifestFileV1Schema = z
  .object({
    $schema: z.string().optional(),
    id: idSchema,
    version: z.string().regex(/^\d+$/, "a version is a whole number such as '1'"),
    title: text,
    description: text,
    /** An answer option meets its question when its value is at least this mark. */
    passMark: z.number().int().min(1).max(3),
    lenses: z.array(z.object({ id: idSchema, title: text, description: text })).min(1),
    defaultLens: idSchema,
    files: z.object({
      objects: z.array(z.string()).min(1),
      context: z.string(),
      risks: z.string(),
      mlTestScore: z.string().optional(),
    }),
  })
  .strict();

export const optionV1Schema = z
  .object({
    id: idSchema,
    label: text,
    /** 0 = not done, 1 = ad hoc, 2 = established practice, 3 = automated and enforced. */
    value: z.number().int().min(0).max(3),
  })
  .strict();

export const questionV1Schema = z
  .object({
    id: idSchema,
    capability: idSchema,
    text: text,
    help: text,
    options: z.array(optionV1Schema).min(2),
    risks: z.array(idSchema).min(1),
    source: z.string().optional(),
  })
  .strict();

export const lensGuidanceV1Schema = z.object({ tools: z.array(text).min(1), how: text }).strict();

export const capabilityV1Schema = z
  .object({
    id: idSchema,
    step: stepSchema,
    title: text,
    description: text,
    lenses: z.record(idSchema, lensGuidanceV1Schema),
  })
  .strict();

export const levelDescriptorV1Schema = z
  .object({ level: levelSchema, title: text, descriptor: text })
  .strict();

export const objectFileV1Schema = z
  .object({
    $schema: z.string().optional(),
    object: objectIdSchema,
    title: text,
    summary: text,
    levels: z.array(levelDescriptorV1Schema).length(5, "an object describes exactly the five levels L0–L4"),
    capabilities: z.array(capabilityV1Schema).min(1),
    questions: z.array(questionV1Schema).min(1),
  })
  .strict();

export const contextOptionV1Schema = z.object({ id: idSchema, label: text }).strict();

export const contextQuestionV1Schema = z
  .object({ id: idSchema, text: text, help: text, options: z.array(contextOptionV1Schema).min(2) })
  .strict();

export const contextRuleV1Schema = z
  .object({
    id: idSchema,
    when: z.object({ question: idSchema, anyOf: z.array(idSchema).min(1) }).strict(),
    title: text,
    advice: text,
    /** Risks carrying one of these tags are raised one severity step while the rule applies. */
    raiseRiskTags: z.array(idSchema).optional(),
    /** Objects this advice is most about, to place it beside their plan. */
    objects: z.array(objectIdSchema).optional(),
  })
  .strict();

export const contextFileV1Schema = z
  .object({
    $schema: z.string().optional(),
    questions: z.array(contextQuestionV1Schema).min(1),
    rules: z.array(contextRuleV1Schema),
  })
  .strict();

export const riskV1Schema = z
  .object({
    id: idSchema,
    title: text,
    impact: text,
    object: objectIdSchema,
    mitigatedBy: z.array(idSchema).min(1),
    tags: z.array(idSchema).optional(),
    source: z.string().optional(),
  })
  .strict();

export const risksFileV1Schema = z
  .object({ $schema: z.string().optional(), risks: z.array(riskV1Schema).min(1) })
  .strict();

export const mlTestScoreFileV1Schema = z
  .object({
    $schema: z.string().optional(),
    tests: z
      .array(
        z
          .object({
            id: z.string().regex(/^(data|model|infra|monitor)-[1-7]$/),
            title: text,
            coverage: z.enum(["covered", "partly", "not-covered"]),
            questions: z.array(idSchema),
            why: text.optional(),
          })
          .strict(),
      )
      .length(28, "the ML Test Score has exactly 28 tests"),
  })
  .strict();

export type ManifestFileV1 = z.infer<typeof manifestFileV1Schema>;
export type ObjectFileV1 = z.infer<typeof objectFileV1Schema>;
export type ContextFileV1 = z.infer<typeof contextFileV1Schema>;
export type RisksFileV1 = z.infer<typeof risksFileV1Schema>;
export type MlTestScoreFileV1 = z.infer<typeof mlTestScoreFileV1Schema>;
export type OptionV1 = z.infer<typeof optionV1Schema>;
export type QuestionV1 = z.infer<typeof questionV1Schema>;
export type CapabilityV1 = z.infer<typeof capabilityV1Schema>;
export type LensGuidanceV1 = z.infer<typeof lensGuidanceV1Schema>;
export type RiskV1 = z.infer<typeof riskV1Schema>;
export type ContextQuestionV1 = z.infer<typeof contextQuestionV1Schema>;
export type ContextRuleV1 = z.infer<typeof contextRuleV1Schema>;

/** The assembled questionnaire as stored with each questionnaire version (see questionnaire.ts). */
export const questionnaireV1Schema = z.object({
  id: idSchema,
  version: z.string(),
  title: text,
  description: text,
  passMark: z.number().int().min(1).max(3),
  lenses: manifestFileV1Schema.shape.lenses,
  defaultLens: idSchema,
  objects: z.array(objectFileV1Schema.omit({ $schema: true, object: true }).extend({ id: objectIdSchema })),
  context: contextFileV1Schema.omit({ $schema: true }),
  risks: z.array(riskV1Schema),
  mlTestScore: mlTestScoreFileV1Schema.shape.tests.or(z.array(z.never()).length(0)),
});
