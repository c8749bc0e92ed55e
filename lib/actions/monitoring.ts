"use server";
import { projectFormAction } from "@/lib/actions/safe-action";
import { setMonitoringRetention } from "@/lib/db/monitoring";
import { monitoringRetentionSchema } from "@/lib/schemas/project";

/** Sets how long monitoring points are kept, and drops the older ones at once (decision 013). Editor or above. */
export const setMonitoringRetentionAction = projectFormAction(
  { schema: monitoringRetentionSchema, role: "editor", keepValues: true },
  async (access, d) => {
    const result = await setMonitoringRetention(access, d.retentionDays);
    if (d.retentionDays === null) return "Saved. Every monitoring point is kept.";
    const dropped = result.deletedPoints > 0 || result.droppedPartitions.length > 0 ? " Older points were dropped." : "";
    return `Saved. Points older than ${d.retentionDays.toLocaleString("en-US")} days are dropped.${dropped}`;
  },
);
