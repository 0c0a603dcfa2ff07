import type { z } from "zod";
import type {
  Capability,
  ContextQuestion,
  ContextRule,
  LensGuidance,
  ObjectId,
  Question,
  questionnaireV2Schema,
  Risk,
  Severity,
} from "./schema";
import type {
  CapabilityV1,
  ContextQuestionV1,
  ContextRuleV1,
  ManifestFileV1,
  MlTestScoreFileV1,
  ObjectFileV1,
  QuestionV1,
  RiskV1,
} from "./schema-v1";

/**
 * A questionnaire version as the engine and the pages use it: the files of one
 * `questionnaires/<id>/<version>/` folder, validated and joined. Plain data (it is stored as JSON
 * with every assessment's questionnaire version), so old results stay readable. Version 1 keeps
 * its first format (no `format` field, scored by engine 1); later versions are format 2.
 */
export type QuestionnaireV2 = z.infer<typeof questionnaireV2Schema>;

export type QuestionnaireV1 = {
  format?: undefined;
  id: string;
  version: string;
  title: string;
  description: string;
  passMark: number;
  lenses: ManifestFileV1["lenses"];
  defaultLens: string;
  objects: MaturityObjectDefinitionV1[];
  context: { questions: ContextQuestionV1[]; rules: ContextRuleV1[] };
  risks: RiskV1[];
  mlTestScore: MlTestScoreFileV1["tests"];
};

export type Questionnaire = QuestionnaireV1 | QuestionnaireV2;

export type MaturityObjectDefinitionV1 = Omit<ObjectFileV1, "$schema" | "object"> & { id: ObjectId };
export type MaturityObjectDefinition = QuestionnaireV2["objects"][number];

/** What every format has: the parts the answering page, the results and the reports show. */
export type AnyQuestion = Question | QuestionV1;
export type AnyContextQuestion = ContextQuestion | ContextQuestionV1;
export type AnyCapability = Capability | CapabilityV1;

export type { Capability, ContextQuestion, ContextRule, LensGuidance, ObjectId, Question, Risk, Severity };

export const questionnaireKey = (q: Pick<Questionnaire, "id" | "version">) => `${q.id}@${q.version}`;

export const isV2 = (q: Questionnaire): q is QuestionnaireV2 => q.format === 2;

/** Every scored question of any format, object by object in file order. */
export function scoredQuestions(questionnaire: Questionnaire): AnyQuestion[] {
  return (questionnaire.objects as { questions: AnyQuestion[] }[]).flatMap((o) => o.questions);
}

/** Every capability of any format, object by object in file order. */
export function allCapabilities(questionnaire: Questionnaire): AnyCapability[] {
  return (questionnaire.objects as { capabilities: AnyCapability[] }[]).flatMap((o) => o.capabilities);
}
