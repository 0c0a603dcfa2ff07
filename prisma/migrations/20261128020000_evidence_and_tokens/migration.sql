-- Evidence from repositories: scans posted to a draft, the evidenced result beside the claimed one,
-- when each answer was last confirmed and how often answers are due for review; personal access
-- tokens (hashed, one team, scopes, expiry) for the API and the scanner.

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "reviewCadenceDays" SMALLINT NOT NULL DEFAULT 180;

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "confirmedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AssessmentResult" ADD COLUMN     "evidence" JSONB,
ADD COLUMN     "evidencedWeakestLevel" SMALLINT;

-- AlterTable
ALTER TABLE "ObjectResult" ADD COLUMN     "evidencedLevel" SMALLINT;

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "readResults" BOOLEAN NOT NULL DEFAULT false,
    "writeEvidence" BOOLEAN NOT NULL DEFAULT false,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceScan" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "uploadedById" TEXT,
    "scannedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "document" JSONB NOT NULL,

    CONSTRAINT "EvidenceScan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "EvidenceScan_assessmentId_receivedAt_idx" ON "EvidenceScan"("assessmentId", "receivedAt" DESC);

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceScan" ADD CONSTRAINT "EvidenceScan_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceScan" ADD CONSTRAINT "EvidenceScan_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
