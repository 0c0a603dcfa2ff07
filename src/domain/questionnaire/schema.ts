import { z } from "zod";
import { idSchema, levelSchema, objectIdSchema, stepSchema } from "./primitives";

/**
 * The shape of the questionnaire files under `questionnaires/<id>/<version>/`.
 * One `questionnaire.yaml` names the version and its lenses; one file per object
 * (levels, capabilities, questions); `context.yaml` holds the unscored questions and
 * the advice they trigger; `risks.yaml` the risk catalogue. Ids are stable forever.
 */

export * from "./primitives";

const text = z.string().trim().min(1);

export const manifestFileSchema = z
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

export const optionSchema = z
  .object({
    id: idSchema,
    label: text,
    /** 0 = not done, 1 = ad hoc, 2 = established practice, 3 = automated and enforced. */
    value: z.number().int().min(0).max(3),
  })
  .strict();

export const questionSchema = z
  .object({
    id: idSchema,
    capability: idSchema,
    text: text,
    help: text,
    options: z.array(optionSchema).min(2),
    risks: z.array(idSchema).min(1),
    source: z.string().optional(),
  })
  .strict();

export const lensGuidanceSchema = z.object({ tools: z.array(text).min(1), how: text }).strict();

export const capabilitySchema = z
  .object({
    id: idSchema,
    step: stepSchema,
    title: text,
    description: text,
    lenses: z.record(idSchema, lensGuidanceSchema),
  })
  .strict();

export const levelDescriptorSchema = z
  .object({ level: levelSchema, title: text, descriptor: text })
  .strict();

export const objectFileSchema = z
  .object({
    $schema: z.string().optional(),
    object: objectIdSchema,
    title: text,
    summary: text,
    levels: z.array(levelDescriptorSchema).length(5, "an object describes exactly the five levels L0–L4"),
    capabilities: z.array(capabilitySchema).min(1),
    questions: z.array(questionSchema).min(1),
  })
  .strict();

export const contextOptionSchema = z.object({ id: idSchema, label: text }).strict();

export const contextQuestionSchema = z
  .object({ id: idSchema, text: text, help: text, options: z.array(contextOptionSchema).min(2) })
  .strict();

export const contextRuleSchema = z
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

export const contextFileSchema = z
  .object({
    $schema: z.string().optional(),
    questions: z.array(contextQuestionSchema).min(1),
    rules: z.array(contextRuleSchema),
  })
  .strict();

export const riskSchema = z
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

export const risksFileSchema = z
  .object({ $schema: z.string().optional(), risks: z.array(riskSchema).min(1) })
  .strict();

export const mlTestScoreFileSchema = z
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

export type ManifestFile = z.infer<typeof manifestFileSchema>;
export type ObjectFile = z.infer<typeof objectFileSchema>;
export type ContextFile = z.infer<typeof contextFileSchema>;
export type RisksFile = z.infer<typeof risksFileSchema>;
export type MlTestScoreFile = z.infer<typeof mlTestScoreFileSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Capability = z.infer<typeof capabilitySchema>;
export type LensGuidance = z.infer<typeof lensGuidanceSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type ContextQuestion = z.infer<typeof contextQuestionSchema>;
export type ContextRule = z.infer<typeof contextRuleSchema>;

/** The assembled questionnaire as stored with each questionnaire version (see questionnaire.ts). */
export const questionnaireSchema = z.object({
  id: idSchema,
  version: z.string(),
  title: text,
  description: text,
  passMark: z.number().int().min(1).max(3),
  lenses: manifestFileSchema.shape.lenses,
  defaultLens: idSchema,
  objects: z.array(objectFileSchema.omit({ $schema: true, object: true }).extend({ id: objectIdSchema })),
  context: contextFileSchema.omit({ $schema: true }),
  risks: z.array(riskSchema),
  mlTestScore: mlTestScoreFileSchema.shape.tests.or(z.array(z.never()).length(0)),
});
