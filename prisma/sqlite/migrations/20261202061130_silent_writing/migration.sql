-- AlterTable
-- Written as plain ADD COLUMNs (SQLite adds a NOT NULL column with a constant default in
-- place) rather than the engine's table rebuilds, which copy only the columns they know of.
ALTER TABLE "Board" ADD COLUMN "ownerParticipantId" TEXT;
ALTER TABLE "Board" ADD COLUMN "parentBoardId" TEXT;
ALTER TABLE "Phase" ADD COLUMN "silentWriting" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Workshop" ADD COLUMN "silentWriting" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "Board_parentBoardId_ownerParticipantId_key" ON "Board"("parentBoardId", "ownerParticipantId");
