import type {
  Capability,
  ContextQuestion,
  ContextRule,
  LensGuidance,
  ManifestFile,
  MlTestScoreFile,
  ObjectFile,
  ObjectId,
  Question,
  Risk,
} from "./schema";

/**
 * A questionnaire version as the engine and the pages use it: the files of one
 * `questionnaires/<id>/<version>/` folder, validated and joined. Plain data (it is stored as JSON
 * with every assessment's questionnaire version), so old results stay readable.
 */
export interface Questionnaire {
  id: string;
  version: string;
  title: string;
  description: string;
  passMark: number;
  lenses: ManifestFile["lenses"];
  defaultLens: string;
  objects: MaturityObjectDefinition[];
  context: { questions: ContextQuestion[]; rules: ContextRule[] };
  risks: Risk[];
  mlTestScore: MlTestScoreFile["tests"];
}

export type MaturityObjectDefinition = Omit<ObjectFile, "$schema" | "object"> & { id: ObjectId };

export type { Capability, ContextQuestion, ContextRule, LensGuidance, ObjectId, Question, Risk };

export const questionnaireKey = (q: Pick<Questionnaire, "id" | "version">) => `${q.id}@${q.version}`;
