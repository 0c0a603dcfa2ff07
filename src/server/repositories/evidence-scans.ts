import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { findingsDocumentSchema, type FindingsDocument } from "@/domain/evidence/findings";
import { db, type Tx } from "@/server/db/client";

/** Repository scans posted to an assessment; the newest one is the evidence it is judged against. */

export async function saveEvidenceScan(options: { assessmentId: string; uploadedById: string; document: FindingsDocument }): Promise<{ id: string; receivedAt: Date }> {
  return db().evidenceScan.create({
    data: {
      assessmentId: options.assessmentId,
      uploadedById: options.uploadedById,
      scannedAt: new Date(options.document.scannedAt),
      document: options.document as unknown as Prisma.InputJsonObject,
    },
    select: { id: true, receivedAt: true },
  });
}

export async function findLatestEvidenceScan(options: { assessmentId: string }, tx?: Tx): Promise<{ document: FindingsDocument; receivedAt: Date } | null> {
  const row = await (tx ?? db()).evidenceScan.findFirst({
    where: { assessmentId: options.assessmentId },
    orderBy: { receivedAt: "desc" },
    select: { document: true, receivedAt: true },
  });
  return row ? { document: findingsDocumentSchema.parse(row.document), receivedAt: row.receivedAt } : null;
}
