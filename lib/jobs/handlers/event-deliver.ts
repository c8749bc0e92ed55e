import { fanOutEvent } from "@/lib/db/deliveries";
import { enqueue } from "@/lib/jobs/queue";
import type { JobHandler } from "./context";

/** One published event to its channels: each queued email gets an `email.send`, each wanting webhook a delivery. */
export const deliverEvent: JobHandler<"event.deliver"> = async ({ eventId }) => {
  const fanOut = await fanOutEvent(eventId);
  if (!fanOut) return;
  await Promise.all([
    ...fanOut.emailIds.map((emailId) => enqueue("email.send", { emailId })),
    ...fanOut.deliveryIds.map((deliveryId) => enqueue("webhook.deliver", { deliveryId })),
  ]);
};
