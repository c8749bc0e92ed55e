-- CreateTable
CREATE TABLE "DeletedItem" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "relinks" JSONB NOT NULL DEFAULT '[]',
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeletedItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeletedItem_projectId_expiresAt_idx" ON "DeletedItem"("projectId", "expiresAt");

-- AddForeignKey
ALTER TABLE "DeletedItem" ADD CONSTRAINT "DeletedItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
