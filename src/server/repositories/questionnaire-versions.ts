import "server-only";
import { questionnaireKey, type Questionnaire } from "@/domain/questionnaire/questionnaire";
import { questionnaireSchema } from "@/domain/questionnaire/schema";
import { db, type Tx } from "@/server/db/client";
import { contentHash } from "@/server/questionnaires/content-hash";

/** Questionnaire versions in the database: each assessment pins one, so old results stay readable. */

export class PublishedVersionChangedError extends Error {
  override name = "PublishedVersionChangedError";
}

/**
 * Records every questionnaire version found on disk. A version already recorded must be
 * unchanged: a published version is never edited, changes go into a new version folder.
 */
export async function syncQuestionnaireVersions(
  options: { questionnaires: Questionnaire[] },
  tx?: Tx,
): Promise<void> {
  const { questionnaires } = options;
  const prisma = tx ?? db();
  for (const questionnaire of questionnaires) {
    const hash = contentHash(questionnaire);
    const where = {
      questionnaireId_version: { questionnaireId: questionnaire.id, version: questionnaire.version },
    };
    const existing = await prisma.questionnaireVersion.findUnique({ where, select: { contentHash: true } });
    if (existing && existing.contentHash !== hash) {
      throw new PublishedVersionChangedError(
        `questionnaire ${questionnaireKey(questionnaire)} differs from the version already in the database: a published version is never edited; put the change in a new version folder (questionnaires/${questionnaire.id}/v${Number(questionnaire.version) + 1}/)`,
      );
    }
    if (!existing) {
      await prisma.questionnaireVersion.upsert({
        where,
        create: {
          questionnaireId: questionnaire.id,
          version: questionnaire.version,
          title: questionnaire.title,
          contentHash: hash,
          content: questionnaire,
        },
        update: {},
      });
    }
  }
}

export async function findQuestionnaireVersion(
  options: { id: string; version: string },
  tx?: Tx,
): Promise<{ rowId: string; contentHash: string; questionnaire: Questionnaire } | null> {
  const row = await (tx ?? db()).questionnaireVersion.findUnique({
    where: { questionnaireId_version: { questionnaireId: options.id, version: options.version } },
    select: { id: true, contentHash: true, content: true },
  });
  return row
    ? { rowId: row.id, contentHash: row.contentHash, questionnaire: questionnaireSchema.parse(row.content) }
    : null;
}

// A recorded questionnaire version never changes, so its parsed content can be kept for the
// life of the process (every instance fills its own from the same rows).
const parsedVersions = new Map<string, Promise<Questionnaire>>();

/** The questionnaire of a recorded version, parsed once per process. */
export function questionnaireOfVersion(options: { versionId: string }, tx?: Tx): Promise<Questionnaire> {
  const { versionId } = options;
  let parsed = parsedVersions.get(versionId);
  if (!parsed) {
    parsed = (tx ?? db()).questionnaireVersion
      .findUniqueOrThrow({ where: { id: versionId }, select: { content: true } })
      .then((row) => questionnaireSchema.parse(row.content) as Questionnaire);
    parsed.catch(() => parsedVersions.delete(versionId));
    parsedVersions.set(versionId, parsed);
  }
  return parsed;
}

/** The newest recorded version of a questionnaire (versions are whole numbers, so the longer one is newer). */
export async function findLatestQuestionnaireVersionId(options: {
  questionnaireId: string;
}): Promise<string | null> {
  const [row] = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "QuestionnaireVersion" WHERE "questionnaireId" = ${options.questionnaireId}
    ORDER BY length(version) DESC, version DESC LIMIT 1`;
  return row?.id ?? null;
}

let recorded: Promise<ReadonlyMap<string, Questionnaire>> | null = null;

/**
 * Every recorded version, id → questionnaire, read and parsed once per process (recorded versions
 * never change; a version recorded later by a newer instance is picked up after forgetRecordedVersions).
 */
export function recordedQuestionnaires(): Promise<ReadonlyMap<string, Questionnaire>> {
  if (!recorded) {
    const loading = db()
      .questionnaireVersion.findMany({ select: { id: true } })
      .then(async (rows) => {
        const entries = await Promise.all(
          rows.map(async (row) => [row.id, await questionnaireOfVersion({ versionId: row.id })] as const),
        );
        return new Map(entries);
      });
    loading.catch(() => {
      if (recorded === loading) recorded = null;
    });
    recorded = loading;
  }
  return recorded;
}

export function forgetRecordedVersions(): void {
  recorded = null;
}
