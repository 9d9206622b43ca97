-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Workshop" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "date" TEXT,
    "place" TEXT,
    "organisers" TEXT,
    "language" TEXT NOT NULL DEFAULT 'nb',
    "method" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "joinCode" TEXT NOT NULL,
    "capacity" INTEGER,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "minGroupSize" INTEGER NOT NULL DEFAULT 3,
    "currentPhaseId" TEXT,
    "timerEndsAt" DATETIME,
    "timerRemainingMs" INTEGER,
    "timerDurationMs" INTEGER,
    "ownerId" TEXT NOT NULL,
    "programmeId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "projectorView" TEXT NOT NULL DEFAULT 'auto',
    "projectorBoardId" TEXT,
    CONSTRAINT "Workshop_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Workshop_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Workshop" ("anonymous", "capacity", "createdAt", "currentPhaseId", "date", "id", "joinCode", "language", "method", "minGroupSize", "organisers", "ownerId", "place", "programmeId", "status", "timerDurationMs", "timerEndsAt", "timerRemainingMs", "title", "updatedAt") SELECT "anonymous", "capacity", "createdAt", "currentPhaseId", "date", "id", "joinCode", "language", "method", "minGroupSize", "organisers", "ownerId", "place", "programmeId", "status", "timerDurationMs", "timerEndsAt", "timerRemainingMs", "title", "updatedAt" FROM "Workshop";
DROP TABLE "Workshop";
ALTER TABLE "new_Workshop" RENAME TO "Workshop";
CREATE UNIQUE INDEX "Workshop_joinCode_key" ON "Workshop"("joinCode");
CREATE INDEX "Workshop_programmeId_idx" ON "Workshop"("programmeId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
