-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "forgottenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "retentionMonths" INTEGER;
