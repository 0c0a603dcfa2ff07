-- CreateEnum
CREATE TYPE "OrgRole" AS ENUM ('admin', 'manager', 'member');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('lead', 'member');

-- CreateEnum
CREATE TYPE "OwnershipModel" AS ENUM ('hand_off', 'shared', 'end_to_end');

-- CreateEnum
CREATE TYPE "OrgStructure" AS ENUM ('centralised', 'hub_and_spoke', 'embedded');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('draft', 'submitted');

-- CreateEnum
CREATE TYPE "AnswerStatus" AS ENUM ('option', 'not_applicable', 'dont_know');

-- CreateEnum
CREATE TYPE "NaReason" AS ENUM ('out_of_scope', 'business_priorities', 'architecture_constraints', 'other');

-- CreateEnum
CREATE TYPE "MaturityObject" AS ENUM ('data', 'model', 'code');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('high', 'medium', 'low');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "OrgRole" NOT NULL DEFAULT 'member',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "businessUnit" TEXT NOT NULL,
    "ownershipModel" "OwnershipModel" NOT NULL,
    "structure" "OrgStructure" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL DEFAULT 'member',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireVersion" (
    "id" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionnaireVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "questionnaireVersionId" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'draft',
    "targetData" SMALLINT,
    "targetModel" SMALLINT,
    "targetCode" SMALLINT,
    "createdById" TEXT,
    "submittedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "status" "AnswerStatus",
    "optionId" TEXT,
    "naReason" "NaReason",
    "naReasonText" TEXT,
    "note" TEXT,
    "evidenceUrl" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentResult" (
    "assessmentId" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "weakestLevel" SMALLINT NOT NULL,
    "meanScore" DECIMAL(3,2) NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentResult_pkey" PRIMARY KEY ("assessmentId")
);

-- CreateTable
CREATE TABLE "ObjectResult" (
    "assessmentId" TEXT NOT NULL,
    "object" "MaturityObject" NOT NULL,
    "level" SMALLINT NOT NULL,
    "score" DECIMAL(3,2) NOT NULL,
    "completion" DECIMAL(3,2) NOT NULL,
    "confidence" DECIMAL(3,2) NOT NULL,
    "target" SMALLINT,

    CONSTRAINT "ObjectResult_pkey" PRIMARY KEY ("assessmentId","object")
);

-- CreateTable
CREATE TABLE "ResultRisk" (
    "assessmentId" TEXT NOT NULL,
    "riskId" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,

    CONSTRAINT "ResultRisk_pkey" PRIMARY KEY ("assessmentId","riskId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organizationId_userId_key" ON "Membership"("organizationId", "userId");

-- CreateIndex
CREATE INDEX "Team_organizationId_businessUnit_idx" ON "Team"("organizationId", "businessUnit");

-- CreateIndex
CREATE UNIQUE INDEX "Team_organizationId_slug_key" ON "Team"("organizationId", "slug");

-- CreateIndex
CREATE INDEX "TeamMember_userId_idx" ON "TeamMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMember_teamId_userId_key" ON "TeamMember"("teamId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireVersion_questionnaireId_version_key" ON "QuestionnaireVersion"("questionnaireId", "version");

-- CreateIndex
CREATE INDEX "Assessment_teamId_status_submittedAt_idx" ON "Assessment"("teamId", "status", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Assessment_questionnaireVersionId_idx" ON "Assessment"("questionnaireVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_assessmentId_questionId_key" ON "Answer"("assessmentId", "questionId");

-- CreateIndex
CREATE INDEX "ResultRisk_riskId_idx" ON "ResultRisk"("riskId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_questionnaireVersionId_fkey" FOREIGN KEY ("questionnaireVersionId") REFERENCES "QuestionnaireVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentResult" ADD CONSTRAINT "AssessmentResult_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectResult" ADD CONSTRAINT "ObjectResult_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "AssessmentResult"("assessmentId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultRisk" ADD CONSTRAINT "ResultRisk_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "AssessmentResult"("assessmentId") ON DELETE CASCADE ON UPDATE CASCADE;


-- Invariants Prisma's schema language cannot express.
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_status_consistent" CHECK (
  ("status" IS DISTINCT FROM 'option' OR "optionId" IS NOT NULL)
  AND ("status" IS DISTINCT FROM 'not_applicable' OR "naReason" IS NOT NULL)
  AND ("status" = 'option' OR "optionId" IS NULL)
);
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_targets_in_range" CHECK (
  ("targetData" IS NULL OR "targetData" BETWEEN 0 AND 4)
  AND ("targetModel" IS NULL OR "targetModel" BETWEEN 0 AND 4)
  AND ("targetCode" IS NULL OR "targetCode" BETWEEN 0 AND 4)
);
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_submitted_has_time" CHECK (
  ("status" = 'submitted') = ("submittedAt" IS NOT NULL)
);
ALTER TABLE "ObjectResult" ADD CONSTRAINT "ObjectResult_in_range" CHECK (
  "level" BETWEEN 0 AND 4 AND "score" >= "level" AND "score" < "level" + 1 AND "score" <= 4
  AND "completion" BETWEEN 0 AND 1 AND "confidence" BETWEEN 0 AND 1
);
