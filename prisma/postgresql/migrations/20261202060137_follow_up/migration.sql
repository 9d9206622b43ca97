-- CreateTable
CREATE TABLE "FollowUpLink" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "chainId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "FollowUpLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpUpdate" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "chainId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "linkId" TEXT,
    "status" TEXT NOT NULL,
    "progress" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "deadline" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FollowUpLink_workshopId_chainId_actionId_idx" ON "FollowUpLink"("workshopId", "chainId", "actionId");

-- CreateIndex
CREATE INDEX "FollowUpUpdate_workshopId_chainId_actionId_createdAt_idx" ON "FollowUpUpdate"("workshopId", "chainId", "actionId", "createdAt");

-- AddForeignKey
ALTER TABLE "FollowUpLink" ADD CONSTRAINT "FollowUpLink_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpUpdate" ADD CONSTRAINT "FollowUpUpdate_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
