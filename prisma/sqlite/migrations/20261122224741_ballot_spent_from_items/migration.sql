-- What a participant spent in a round is now the sum of their "BallotItem" rows, which the
-- guarded write of a vote checks itself. "Ballot"."spent" held the same number, so no data moves.
-- In rounds still open, "VotingItem"."dots" keeps its running total, which equals the sum that
-- the close now writes. (No semicolons or apostrophes in these comments: the migration is split
-- into statements before it reaches the database.)

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Ballot";
PRAGMA foreign_keys=on;
