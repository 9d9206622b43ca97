-- AlterTable
-- Written as plain ADD COLUMNs: the engine's table rebuild copies only the columns its own
-- schema knew, and would drop columns another migration of the same day added (silentWriting).
ALTER TABLE "Workshop" ADD COLUMN "projectorView" TEXT NOT NULL DEFAULT 'auto';
ALTER TABLE "Workshop" ADD COLUMN "projectorBoardId" TEXT;
