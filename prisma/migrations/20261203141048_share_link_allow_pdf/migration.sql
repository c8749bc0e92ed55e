-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "allowPdf" BOOLEAN NOT NULL DEFAULT false;
