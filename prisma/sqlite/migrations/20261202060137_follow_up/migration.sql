-- CreateTable
CREATE TABLE "FollowUpLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workshopId" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "chainId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "FollowUpLink_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FollowUpUpdate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workshopId" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "chainId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "linkId" TEXT,
    "status" TEXT NOT NULL,
    "progress" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "deadline" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FollowUpUpdate_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FollowUpLink_workshopId_chainId_actionId_idx" ON "FollowUpLink"("workshopId", "chainId", "actionId");

-- CreateIndex
CREATE INDEX "FollowUpUpdate_workshopId_chainId_actionId_createdAt_idx" ON "FollowUpUpdate"("workshopId", "chainId", "actionId", "createdAt");
