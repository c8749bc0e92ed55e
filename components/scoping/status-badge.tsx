import { Badge } from "@/components/ui/card";

const TONE = { proposed: "slate", selected: "green", rejected: "red" } as const;
const LABEL = { proposed: "Proposed", selected: "Selected", rejected: "Rejected" } as const;

export function StatusBadge({ status }: { status: string }) {
  const key = (status in TONE ? status : "proposed") as keyof typeof TONE;
  return <Badge tone={TONE[key]}>{LABEL[key]}</Badge>;
}
