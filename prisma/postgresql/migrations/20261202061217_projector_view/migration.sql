-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "projectorBoardId" TEXT,
ADD COLUMN     "projectorView" TEXT NOT NULL DEFAULT 'auto';
