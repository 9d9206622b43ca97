-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "ownerParticipantId" TEXT,
ADD COLUMN     "parentBoardId" TEXT;

-- AlterTable
ALTER TABLE "Phase" ADD COLUMN     "silentWriting" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "silentWriting" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "Board_parentBoardId_ownerParticipantId_key" ON "Board"("parentBoardId", "ownerParticipantId");
