-- CreateEnum
CREATE TYPE "HistoryXAxis" AS ENUM ('date', 'examples', 'steps');

-- AlterTable
ALTER TABLE "HistorySeries" ADD COLUMN     "targetX" DOUBLE PRECISION,
ADD COLUMN     "xAxis" "HistoryXAxis" NOT NULL DEFAULT 'date';

-- AlterTable
ALTER TABLE "HistoryPoint" ADD COLUMN     "x" DOUBLE PRECISION,
ALTER COLUMN "date" DROP NOT NULL;
