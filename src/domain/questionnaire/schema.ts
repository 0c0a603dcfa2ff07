import { z } from "zod";
import { idSchema, levelSchema, objectIdSchema, stepSchema } from "./primitives";
import { questionnaireV1Schema } from "./schema-v1";

/**
 * The shape of the questionnaire files under `questionnaires/<id>/<version>/` (format 2, scored by
 * engine 2; version 1 keeps its own format, see schema-v1.ts). One `questionnaire.yaml` names the
 * version, its scoring marks, answer and scope rules and lenses; one file per object holds its
 * level descriptors, capabilities, questions and the risks its answers can leave open;
 * `context.yaml` holds the unscored questions that decide which questions apply and what advice
 * is given; `ml-test-score.yaml` maps the ML Test Score's 28 tests. Ids are stable forever.
 */

export * from "./primitives";

const text = z.string().trim().min(1);

export const severitySchema = z.enum(["high", "medium", "low"]);
export type Severity = z.infer<typeof severitySchema>;

export const lensSchema = z
  .object({
    id: idSchema,
    title: text,
    description: text,
    /** When the product names of this lens were last checked against their vendors' pages. */
    checked: z.iso.date({
      message: "checked is the date the tool names were last checked, such as 2026-11-28",
    }),
  })
  .strict();

const markSchema = z.number().int().min(1).max(3);

export const manifestFileSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(2),
    id: idSchema,
    version: z.string().regex(/^\d+$/, "a version is a whole number such as '2'"),
    title: text,
    description: text,
    /**
     * The option value a question needs to count as fully in place, per step: the top steps ask
     * for automated practice (3), the lower ones for consistent practice (2).
     */
    passMarks: z.object({ "1": markSchema, "2": markSchema, "3": markSchema, "4": markSchema }).strict(),
    /** Shown above the questions: which option to pick when several are partly true. */
    answerRule: text,
    /** Shown above the questions: which models and systems the answers are about. */
    scopeRule: text,
    lenses: z.array(lensSchema).min(1),
    defaultLens: idSchema,
    /** Seed 002's "real test" (could someone else retrain and redeploy tomorrow?): its question and the options that pass it. */
    realTest: z.object({ question: idSchema, options: z.array(idSchema).min(1) }).strict(),
    /** Seed 003's honest starting point: three practices, each met by one of the named options of a question. */
    mlopsV0: z
      .array(
        z
          .object({ id: idSchema, title: text, question: idSchema, options: z.array(idSchema).min(1) })
          .strict(),
      )
      .length(3, "MLOps v0 is exactly three practices"),
    /** The context answer that means no model is in production yet: the result is labelled pre-production. */
    preProductionWhen: z.object({ question: idSchema, anyOf: z.array(idSchema).min(1) }).strict(),
    files: z
      .object({ objects: z.array(z.string()).min(1), context: z.string(), mlTestScore: z.string() })
      .strict(),
  })
  .strict();

export const optionSchema = z
  .object({
    id: idSchema,
    label: text,
    /** 0 = not done, 1 = partly or informally, 2 = consistent practice, 3 = automated and enforced. */
    value: z.number().int().min(0).max(3),
  })
  .strict();

/** Context answers under which a question applies: context question id → any of these options. */
export const appliesWhenSchema = z.record(idSchema, z.array(idSchema).min(1));

export const questionSchema = z
  .object({
    id: idSchema,
    capability: idSchema,
    text: text,
    help: text,
    options: z.array(optionSchema).min(3),
    /** The question may be answered "not applicable" (with a reason) in the situation described here. */
    notApplicable: z.object({ when: text }).strict().optional(),
    /** Applies only when the context answers match; otherwise it is skipped and counts as not applicable. */
    appliesWhen: appliesWhenSchema.optional(),
    source: text,
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

export const levelDescriptorSchema = z.object({ level: levelSchema, title: text, descriptor: text }).strict();

const contextConditionSchema = z.object({ question: idSchema, anyOf: z.array(idSchema).min(1) }).strict();

export const riskSchema = z
  .object({
    id: idSchema,
    title: text,
    /** The harm when the risk materialises, for a team fully exposed to it. */
    impact: severitySchema,
    /** Who is hurt and how, in one or two sentences. */
    harms: text,
    /** What to do until the capability that closes the risk exists (the object maturity model's back-up plans). */
    interim: text,
    /** One of the three classic anti-patterns (training-serving skew, no model monitoring, monolithic pipelines): never low where the gap exists. */
    antiPattern: z.boolean().optional(),
    /** The answers that open the risk: each names options whose meaning implies the risk's title. */
    openedBy: z.array(z.object({ question: idSchema, options: z.array(idSchema).min(1) }).strict()).min(1),
    /**
     * "any" (default): one of those answers opens it. "all": it opens only when every applicable
     * question listed has one of them, for a title that claims an absence ("no monitoring at all").
     */
    opensWhen: z.enum(["any", "all"]).optional(),
    /** Context answers that raise the severity one step (regulated, online serving, many models). */
    raisedBy: z.array(contextConditionSchema).optional(),
    source: text,
  })
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
    risks: z.array(riskSchema),
  })
  .strict();

export const contextOptionSchema = z.object({ id: idSchema, label: text }).strict();

export const contextQuestionSchema = z
  .object({
    id: idSchema,
    text: text,
    help: text,
    options: z.array(contextOptionSchema).min(2),
    /** Not asked: answered from the team's settings (its options are the setting's values). */
    fromTeam: z.enum(["ownershipModel", "structure"]).optional(),
    /** An answer that chooses the lens the plan is shown in by default: option id → lens id. */
    selectsLens: z.record(idSchema, idSchema).optional(),
  })
  .strict();

export const contextRuleSchema = z
  .object({
    id: idSchema,
    when: contextConditionSchema,
    title: text,
    advice: text,
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

/** One ML Test Score test: the options of each listed question that earn it half a point (by hand) and a full point (automated). */
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
            questions: z.array(
              z
                .object({ question: idSchema, half: z.array(idSchema), full: z.array(idSchema).min(1) })
                .strict(),
            ),
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
export type MlTestScoreFile = z.infer<typeof mlTestScoreFileSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Capability = z.infer<typeof capabilitySchema>;
export type LensGuidance = z.infer<typeof lensGuidanceSchema>;
export type Risk = z.infer<typeof riskSchema> & { object: z.infer<typeof objectIdSchema> };
export type ContextQuestion = z.infer<typeof contextQuestionSchema>;
export type ContextRule = z.infer<typeof contextRuleSchema>;

/** An assembled questionnaire of format 2, as stored with each questionnaire version (see questionnaire.ts). */
export const questionnaireV2Schema = z.object({
  format: z.literal(2),
  id: idSchema,
  version: z.string(),
  title: text,
  description: text,
  passMarks: manifestFileSchema.shape.passMarks,
  answerRule: text,
  scopeRule: text,
  lenses: z.array(lensSchema),
  defaultLens: idSchema,
  realTest: manifestFileSchema.shape.realTest,
  mlopsV0: manifestFileSchema.shape.mlopsV0,
  preProductionWhen: manifestFileSchema.shape.preProductionWhen,
  objects: z.array(
    objectFileSchema.omit({ $schema: true, object: true, risks: true }).extend({ id: objectIdSchema }),
  ),
  context: contextFileSchema.omit({ $schema: true }),
  risks: z.array(riskSchema.extend({ object: objectIdSchema })),
  mlTestScore: mlTestScoreFileSchema.shape.tests,
});

/** Any stored questionnaire version: format 2, or the first format (which has no `format` field). */
export const questionnaireSchema = z.union([questionnaireV2Schema, questionnaireV1Schema]);
