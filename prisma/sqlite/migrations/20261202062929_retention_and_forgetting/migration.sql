-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "forgottenAt" DATETIME;

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN "retentionMonths" INTEGER;
