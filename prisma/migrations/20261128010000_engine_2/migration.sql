-- Engine 2 (questionnaire v2): an assessment whose objects are all "not assessable" has no weakest
-- level, and the share of the practice in place (coverage) is stored for the dashboard to sort on.
-- Results of engine 1 keep their rows as they were (coverage stays NULL).

-- AlterTable
ALTER TABLE "AssessmentResult" ALTER COLUMN "weakestLevel" DROP NOT NULL,
ADD COLUMN     "coverage" DECIMAL(3,2);

-- AlterTable
ALTER TABLE "ObjectResult" ADD COLUMN     "coverage" DECIMAL(3,2);
