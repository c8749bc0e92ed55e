import { Badge } from "@/components/ui/card";
import { RUN_STATUS_LABEL, type RunStatus } from "@/lib/domain/runs/stages";

const TONE: Record<RunStatus, "brand" | "green" | "red" | "slate"> = {
  running: "brand",
  succeeded: "green",
  failed: "red",
  cancelled: "slate",
};

export function RunStatusBadge({ status }: { status: RunStatus }) {
  return <Badge tone={TONE[status]}>{RUN_STATUS_LABEL[status]}</Badge>;
}
