-- Small-number suppression per workshop (K, 3 unless the facilitator sets another), and the
-- kept results of anonymous rounds imported from an archive, which holds no ballots.

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN "minGroupSize" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "VotingRound" ADD COLUMN "aggregate" TEXT;
