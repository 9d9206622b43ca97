-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "programmeId" TEXT;

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "language" TEXT NOT NULL DEFAULT 'nb',
    "ownerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeMember" (
    "programmeId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'facilitator',

    CONSTRAINT "ProgrammeMember_pkey" PRIMARY KEY ("programmeId","userId")
);

-- CreateTable
CREATE TABLE "ProgrammeAreaLink" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "areaKey" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeAreaLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgrammeMember_userId_idx" ON "ProgrammeMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeAreaLink_programmeId_workshopId_areaKey_key" ON "ProgrammeAreaLink"("programmeId", "workshopId", "areaKey");

-- CreateIndex
CREATE INDEX "Workshop_programmeId_idx" ON "Workshop"("programmeId");

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeMember" ADD CONSTRAINT "ProgrammeMember_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeMember" ADD CONSTRAINT "ProgrammeMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeAreaLink" ADD CONSTRAINT "ProgrammeAreaLink_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeAreaLink" ADD CONSTRAINT "ProgrammeAreaLink_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
