"use server";
import { projectFormAction, projectPath, publicFormAction, userAction } from "@/lib/actions/safe-action";
import { markNotificationsRead, setNotificationPreferences, unsubscribe } from "@/lib/db/notifications";
import { setAlertQuietMinutes } from "@/lib/db/monitoring-alerts";
import { AppError } from "@/lib/errors";
import { EVENT_LABEL } from "@/lib/domain/notifications/events";
import { alertQuietSchema, markReadSchema, notificationPreferencesSchema, unsubscribeSchema } from "@/lib/schemas/notifications";

/** Any member, for themselves: which events reach them on which channel in this project. */
export const saveNotificationPreferencesAction = projectFormAction(
  {
    schema: notificationPreferencesSchema,
    role: "viewer",
    keepValues: true,
    revalidate: (access) => `${projectPath(access)}/settings/notifications`,
  },
  async (access, d) => {
    await setNotificationPreferences(access, d.table);
    return "Notification settings saved.";
  },
);

/** The project's quiet window for monitoring alerts (decision 023). Editor or above. */
export const setAlertQuietMinutesAction = projectFormAction(
  { schema: alertQuietSchema, role: "editor", keepValues: true, revalidate: (access) => `${projectPath(access)}/settings/notifications` },
  async (access, d) => {
    await setAlertQuietMinutes(access, d.quietMinutes);
    return d.quietMinutes === 0
      ? "Saved. Every crossing of an alert threshold is alerted."
      : `Saved. Crossings back within ${d.quietMinutes.toLocaleString("en-US")} minutes of an alert are treated as flapping.`;
  },
);

/** Marks one of the caller's inbox entries read, or all of them ("all"). */
export const markNotificationsReadAction = userAction({ schema: markReadSchema, revalidate: () => ({ layout: "/" }) }, async (user, d) => {
  const changed = await markNotificationsRead(user.id, d.id === "all" ? "all" : [d.id]);
  return { changed };
});

/** The one-click unsubscribe page's button: the signed token is the credential. */
export const unsubscribeAction = publicFormAction({ schema: unsubscribeSchema }, async (_none, d) => {
  const done = await unsubscribe(d.token);
  if (!done)
    throw new AppError(
      "not_found",
      "This unsubscribe link is not valid: it may have been changed or cut short. Nothing was changed; you can turn emails off in the project's notification settings.",
    );
  return `Done: you will no longer receive emails about “${EVENT_LABEL[done.eventType].toLowerCase()}” in ${done.projectName}. Other notifications are unchanged.`;
});
