import { z } from "zod";
import { safeString } from "./safe";
import { EVENT_TYPES, type Channels, type EventType } from "@/lib/domain/notifications/events";

const projectRef = { workspaceSlug: safeString().min(1), projectId: safeString().min(1) };

/** The preference table's checkbox names: `<eventType>:inApp` and `<eventType>:email` ("on" when checked). */
export const preferenceField = (type: EventType, channel: keyof Channels) => `${type}:${channel}`;

/** The whole table as posted: a checked box posts "on", an unchecked one nothing, so every cell is read. */
export const notificationPreferencesSchema = z
  .object(projectRef)
  .catchall(safeString().max(200))
  .transform((input) => {
    const on = (name: string) => input[name] === "on";
    const table = Object.fromEntries(
      EVENT_TYPES.map((t) => [t, { inApp: on(preferenceField(t, "inApp")), email: on(preferenceField(t, "email")) }]),
    ) as Record<EventType, Channels>;
    return { workspaceSlug: input.workspaceSlug, projectId: input.projectId, table };
  });

export const markReadSchema = z.object({
  /** One entry's id, or "all". */
  id: safeString().min(1).max(100),
});

export const unsubscribeSchema = z.object({
  token: safeString({ error: "This unsubscribe link is not valid." }).min(1, "This unsubscribe link is not valid.").max(2000),
});

/** The quiet window of monitoring alerts, in minutes (0: every crossing is alerted; at most a week). */
export const alertQuietSchema = z.object({
  ...projectRef,
  quietMinutes: z.coerce
    .number({ error: "Enter a whole number of minutes." })
    .int("Enter a whole number of minutes.")
    .min(0, "Use 0 or more minutes.")
    .max(10_080, "Use at most 10,080 minutes (a week)."),
});
