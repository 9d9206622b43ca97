-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "language" TEXT NOT NULL DEFAULT 'nb',
    "ownerId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Programme_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgrammeMember" (
    "programmeId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'facilitator',

    PRIMARY KEY ("programmeId", "userId"),
    CONSTRAINT "ProgrammeMember_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgrammeMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgrammeAreaLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "areaKey" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProgrammeAreaLink_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgrammeAreaLink_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
    CONSTRAINT "Workshop_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Workshop_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Workshop" ("anonymous", "capacity", "createdAt", "currentPhaseId", "date", "id", "joinCode", "language", "method", "minGroupSize", "organisers", "ownerId", "place", "status", "timerDurationMs", "timerEndsAt", "timerRemainingMs", "title", "updatedAt") SELECT "anonymous", "capacity", "createdAt", "currentPhaseId", "date", "id", "joinCode", "language", "method", "minGroupSize", "organisers", "ownerId", "place", "status", "timerDurationMs", "timerEndsAt", "timerRemainingMs", "title", "updatedAt" FROM "Workshop";
DROP TABLE "Workshop";
ALTER TABLE "new_Workshop" RENAME TO "Workshop";
CREATE UNIQUE INDEX "Workshop_joinCode_key" ON "Workshop"("joinCode");
CREATE INDEX "Workshop_programmeId_idx" ON "Workshop"("programmeId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ProgrammeMember_userId_idx" ON "ProgrammeMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeAreaLink_programmeId_workshopId_areaKey_key" ON "ProgrammeAreaLink"("programmeId", "workshopId", "areaKey");
