import { claimEmail, markEmailFailed, markEmailSent } from "@/lib/db/deliveries";
import { sendEmail } from "@/lib/jobs/mailer";
import { isActiveElsewhere } from "@/lib/jobs/queue";
import type { JobHandler } from "./context";

/**
 * Sends one EmailMessage row, at most once per claim: claimed ("sending", attempts + 1), sent over SMTP (or kept in
 * the outbox), marked sent. A sent row is never sent again; see lib/db/deliveries.ts for the one duplicate left.
 */
export const sendEmailJob: JobHandler<"email.send"> = async ({ emailId }, job) => {
  const claim = await claimEmail(emailId, () => isActiveElsewhere("email.send", emailId, job.id));
  // Nothing to send, or another active job owns the row and takes it to its end (or retries it itself).
  if (claim.kind !== "claimed") return;
  let transport: "smtp" | "outbox";
  try {
    ({ transport } = await sendEmail(claim.row));
  } catch (err) {
    await markEmailFailed(emailId, err instanceof Error ? err.message : String(err), job.final);
    throw err;
  }
  await markEmailSent(emailId, transport);
};
