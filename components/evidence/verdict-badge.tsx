import type { HistoryVerdict } from "@/lib/domain/scoping/feasibility";
import { VERDICT_LABEL } from "@/lib/domain/evidence/summary";
import { Badge } from "@/components/ui/card";

const VERDICT_TONE = { likely: "green", uncertain: "amber", unlikely: "red", not_enough_data: "slate" } as const;

/** The project-history verdict as a coloured badge. */
export function VerdictBadge({ verdict }: { verdict: HistoryVerdict }) {
  return <Badge tone={VERDICT_TONE[verdict]}>{VERDICT_LABEL[verdict]}</Badge>;
}
