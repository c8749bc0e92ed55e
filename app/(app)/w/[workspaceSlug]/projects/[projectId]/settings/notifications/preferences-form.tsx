"use client";
import { useActionState } from "react";
import { saveNotificationPreferencesAction } from "@/lib/actions/notifications";
import { IDLE } from "@/lib/forms";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";
import { Table, TBody, Td, Th, THeadRow, Tr } from "@/components/ui/table";
import {
  CHANNELS,
  CHANNEL_LABEL,
  EVENT_LABEL,
  EVENT_TYPES,
  RECIPIENTS,
  type Channels,
  type EventType,
} from "@/lib/domain/notifications/events";
import { preferenceField } from "@/lib/schemas/notifications";

/** The event types × channels table of checkboxes, saved as a whole. */
export function NotificationPreferencesForm({
  workspaceSlug,
  projectId,
  table,
}: {
  workspaceSlug: string;
  projectId: string;
  table: Record<EventType, Channels>;
}) {
  const [state, action] = useActionState(saveNotificationPreferencesAction, IDLE);
  // After a save the form shows what was posted (keepValues), so the boxes stay as the person left them.
  const posted = state.values;
  const checked = (type: EventType, channel: keyof Channels) =>
    posted ? posted[preferenceField(type, channel)] === "on" : table[type][channel];
  return (
    <ActionForm action={action} state={state} project={{ workspaceSlug, projectId }} className="space-y-4">
      <Table caption="Notifications by event and channel" scroll>
        <THeadRow columns={["Event", "Who can receive it", ...CHANNELS.map((c) => CHANNEL_LABEL[c])]} />
        <TBody>
          {EVENT_TYPES.map((type) => (
            <Tr key={type}>
              <Th scope="row" className="font-medium text-slate-800 normal-case">
                {EVENT_LABEL[type]}
              </Th>
              <Td className="text-slate-600">{RECIPIENTS[type].describe}</Td>
              {CHANNELS.map((channel) => {
                const name = preferenceField(type, channel);
                return (
                  <Td key={channel}>
                    <input
                      type="checkbox"
                      id={`pref-${name}`}
                      name={name}
                      defaultChecked={checked(type, channel)}
                      aria-label={`${EVENT_LABEL[type]}: ${CHANNEL_LABEL[channel]}`}
                      className="h-4 w-4 rounded border-slate-300"
                    />
                  </Td>
                );
              })}
            </Tr>
          ))}
        </TBody>
      </Table>
      <SubmitButton pendingLabel="Saving…">Save notification settings</SubmitButton>
    </ActionForm>
  );
}
