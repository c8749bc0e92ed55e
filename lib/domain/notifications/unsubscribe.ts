// The one-click unsubscribe link of an event email (decision 023): who (user), where (project) and what (event
// type), signed by lib/db/notifications.ts with the app's secret. No expiry: the link works as long as the email is
// kept, and all it can do is turn that one kind of email off for that one person.
import { isEventType, type EventType } from "./events";

export type UnsubscribeTarget = { userId: string; projectId: string; eventType: EventType };

/** The signed part of the token: the three ids, base64url of their JSON. */
export function encodeUnsubscribe(target: UnsubscribeTarget): string {
  return Buffer.from(JSON.stringify([target.userId, target.projectId, target.eventType])).toString("base64url");
}

/** The ids back, or null when the text is not one of our payloads. */
export function decodeUnsubscribe(payload: string): UnsubscribeTarget | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3 || !value.every((v) => typeof v === "string" && v.length > 0 && v.length <= 200))
      return null;
    const [userId, projectId, eventType] = value as string[];
    return isEventType(eventType!) ? { userId: userId!, projectId: projectId!, eventType: eventType! } : null;
  } catch {
    return null;
  }
}

/** `<payload>.<signature>` → its two parts, or null. */
export function splitToken(token: string): { payload: string; signature: string } | null {
  const m = /^([A-Za-z0-9_-]{1,1000})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return m ? { payload: m[1]!, signature: m[2]! } : null;
}
