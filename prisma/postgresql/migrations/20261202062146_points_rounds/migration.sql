-- AlterTable
ALTER TABLE "VotingRound" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'dots';
