-- AlterTable
ALTER TABLE "ValueAssessment" ADD COLUMN     "positiveShare" DECIMAL(9,6),
ADD COLUMN     "precision" DECIMAL(9,6),
ADD COLUMN     "recall" DECIMAL(9,6);
