import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { questionnaireKey, type Questionnaire } from "@/domain/questionnaire/questionnaire";
import { questionnaireSchema } from "@/domain/questionnaire/schema";

/** Questionnaire versions in the database: each assessment pins one, so old results stay readable. */

export class PublishedVersionChangedError extends Error {
  override name = "PublishedVersionChangedError";
}

export function contentHash(questionnaire: Questionnaire): string {
  return createHash("sha256").update(JSON.stringify(questionnaire)).digest("hex");
}

/**
 * Records every questionnaire version found on disk. A version already recorded must be
 * unchanged: a published version is never edited, changes go into a new version folder.
 */
export async function syncQuestionnaireVersions(prisma: PrismaClient, questionnaires: Questionnaire[]): Promise<void> {
  for (const questionnaire of questionnaires) {
    const hash = contentHash(questionnaire);
    const where = { questionnaireId_version: { questionnaireId: questionnaire.id, version: questionnaire.version } };
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
          content: questionnaire as object,
        },
        update: {},
      });
    }
  }
}

export async function findQuestionnaireVersion(
  prisma: PrismaClient,
  options: { id: string; version: string },
): Promise<{ rowId: string; contentHash: string; questionnaire: Questionnaire } | null> {
  const row = await prisma.questionnaireVersion.findUnique({
    where: { questionnaireId_version: { questionnaireId: options.id, version: options.version } },
    select: { id: true, contentHash: true, content: true },
  });
  return row ? { rowId: row.id, contentHash: row.contentHash, questionnaire: questionnaireSchema.parse(row.content) } : null;
}

// A recorded questionnaire version never changes, so its parsed content can be kept for the
// life of the process (every instance fills its own from the same rows).
const parsedVersions = new Map<string, Promise<Questionnaire>>();

/** The questionnaire of a recorded version, parsed once per process. */
export function questionnaireOfVersion(prisma: Pick<PrismaClient, "questionnaireVersion">, versionId: string): Promise<Questionnaire> {
  let parsed = parsedVersions.get(versionId);
  if (!parsed) {
    parsed = prisma.questionnaireVersion
      .findUniqueOrThrow({ where: { id: versionId }, select: { content: true } })
      .then((row) => questionnaireSchema.parse(row.content) as Questionnaire);
    parsed.catch(() => parsedVersions.delete(versionId));
    parsedVersions.set(versionId, parsed);
  }
  return parsed;
}
