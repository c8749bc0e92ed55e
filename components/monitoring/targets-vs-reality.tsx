import { listTargetsVsReality, type TargetVsReality } from "@/lib/db/targets";
import { BASELINE_KIND_LABEL } from "@/lib/domain/baselines/kinds";
import type { ProjectAccess } from "@/lib/db/access";
import { boundLabel, formatMetricValue, statusLabel, type TargetStatus } from "@/lib/domain/monitoring/status";
import type { MetricKind } from "@/lib/generated/prisma/client";
import { Badge, Card } from "@/components/ui/card";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/utils";

const TONE: Record<TargetStatus, "green" | "amber" | "red" | "slate"> = { green: "green", amber: "amber", red: "red", none: "slate" };
const KIND_LABEL: Record<MetricKind, string> = {
  offline: "Offline",
  online: "Online",
  business: "Business",
  non_functional: "Non-functional",
};

/**
 * Targets vs reality: each registry metric's target next to the latest value
 * runs (offline metrics) or monitoring (the other kinds) reported, coloured by where it stands, and the baselines
 * recorded on the metric with whether that value beats each.
 * A server component; place it on the overview, or on a canvas block with `kinds` narrowed.
 */
export async function TargetsVsReality({
  access,
  kinds,
  title = "Targets vs reality",
}: {
  access: ProjectAccess;
  kinds?: readonly MetricKind[];
  title?: string;
}) {
  const rows = await listTargetsVsReality(access, kinds);
  const breached = rows.filter((r) => r.status === "red").length;
  const description =
    rows.length === 0
      ? undefined
      : breached > 0
        ? `${breached} of ${rows.length} metrics ${breached === 1 ? "is" : "are"} beyond ${breached === 1 ? "its" : "their"} alert threshold.`
        : !kinds || kinds.includes("offline")
          ? "Offline metrics come from the latest pipeline run that reported them; the others from monitoring."
          : "Latest values reported through monitoring.";
  return (
    <Card title={title} description={description}>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">
          No metrics in the registry yet. Add them under Metrics &amp; constraints with a target and an alert threshold, then report values
          through the API.
        </p>
      ) : (
        <Table caption={title} scroll>
          <THeadRow columns={["Metric", "Target", "Alert threshold", "Latest value", "Reported", "Status", "Baselines"]} />
          <TBody>
            {rows.map((r) => (
              <Tr key={r.id}>
                <Td>
                  <span className="font-medium">{r.name}</span>
                  <span className="block text-xs text-slate-500">{KIND_LABEL[r.kind]}</span>
                </Td>
                <Td>{r.target !== null ? boundLabel(r.direction, r.target, r.unit) : "—"}</Td>
                <Td>{r.alertThreshold !== null ? formatMetricValue(r.alertThreshold, r.unit) : "—"}</Td>
                <Td className="font-medium">{r.latest ? formatMetricValue(r.latest.value, r.unit) : "No data yet"}</Td>
                <Td className="text-xs text-slate-600">
                  {r.latest ? (
                    <>
                      {formatDateTime(r.latest.at)}
                      <span className="block">{r.latest.detail}</span>
                    </>
                  ) : r.kind === "offline" ? (
                    "from pipeline runs"
                  ) : (
                    "from monitoring"
                  )}
                </Td>
                <Td>
                  <Badge tone={TONE[r.status]}>{r.latest ? statusLabel(r.status, r) : "No data"}</Badge>
                </Td>
                <Td>
                  <BaselineList row={r} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}

/** A metric's baselines: kind, label (and solution, when several solutions have one), value, and whether the latest value beats it. */
function BaselineList({ row }: { row: TargetVsReality }) {
  if (row.baselines.length === 0) return <span className="text-xs text-slate-500">None recorded</span>;
  const several = new Set(row.baselines.map((b) => b.solutionId)).size > 1;
  return (
    <ul className="min-w-56 space-y-1 text-xs">
      {row.baselines.map((b) => (
        <li key={b.id}>
          <span className="font-medium">{BASELINE_KIND_LABEL[b.kind]}</span>: {b.label}
          {several ? ` (${b.solutionTitle})` : ""} {formatMetricValue(b.value, row.unit)}{" "}
          {b.beaten === null ? (
            <span className="text-slate-500">· no value yet</span>
          ) : (
            <Badge tone={b.beaten ? "green" : "amber"}>{b.beaten ? "Beaten" : "Not beaten"}</Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
