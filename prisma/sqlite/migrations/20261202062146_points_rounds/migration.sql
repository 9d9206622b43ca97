-- AlterTable
-- Written by hand: the engine rebuilds the table, but SQLite adds a NOT NULL column with a
-- constant default in place, without copying the rounds.
ALTER TABLE "VotingRound" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'dots';
