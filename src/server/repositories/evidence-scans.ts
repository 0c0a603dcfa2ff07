import "server-only";
import { findingsDocumentSchema, type FindingsDocument } from "@/domain/evidence/findings";
import { db, type Tx } from "@/server/db/client";

/** Repository scans posted for a team; its assessments are judged against the newest one of their questionnaire version. */

export async function saveEvidenceScan(options: {
  teamId: string;
  uploadedById: string;
  document: FindingsDocument;
}): Promise<{ id: string; receivedAt: Date }> {
  return db().evidenceScan.create({
    data: {
      teamId: options.teamId,
      questionnaire: `${options.document.questionnaire.id}@${options.document.questionnaire.version}`,
      uploadedById: options.uploadedById,
      scannedAt: new Date(options.document.scannedAt),
      document: options.document,
    },
    select: { id: true, receivedAt: true },
  });
}

export async function findLatestEvidenceScan(
  options: { teamId: string; questionnaire: { id: string; version: string } },
  tx?: Tx,
): Promise<{ document: FindingsDocument; receivedAt: Date } | null> {
  const row = await (tx ?? db()).evidenceScan.findFirst({
    where: {
      teamId: options.teamId,
      questionnaire: `${options.questionnaire.id}@${options.questionnaire.version}`,
    },
    orderBy: { receivedAt: "desc" },
    select: { document: true, receivedAt: true },
  });
  return row ? { document: findingsDocumentSchema.parse(row.document), receivedAt: row.receivedAt } : null;
}
