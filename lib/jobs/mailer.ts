// Sending one email: SMTP through nodemailer when SMTP_URL is set, else the built-in outbox (the row itself, marked
// sent with transport "outbox", which owners read in the app).
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";
import { findUnsubscribeUrl, messageIdFor } from "@/lib/domain/notifications/email-headers";

export type OutgoingEmail = { idempotencyKey: string; toAddress: string; subject: string; text: string; html: string };

const globalForMail = globalThis as unknown as { scopebenchMailer?: { url: string; transporter: Transporter } };

function transporterFor(url: string): Transporter {
  const cached = globalForMail.scopebenchMailer;
  if (cached?.url === url) return cached.transporter;
  cached?.transporter.close();
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  globalForMail.scopebenchMailer = { url, transporter };
  return transporter;
}

/** The app's public address, for links and headers. */
export function appUrl(): string {
  return (getEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** Sends `email` and says how; throws when the SMTP server refused or could not be reached. */
export async function sendEmail(email: OutgoingEmail): Promise<{ transport: "smtp" | "outbox" }> {
  const env = getEnv();
  if (!env.SMTP_URL) return { transport: "outbox" };
  const base = appUrl();
  const unsubscribe = findUnsubscribeUrl(email.text, base);
  await transporterFor(env.SMTP_URL).sendMail({
    from: env.MAIL_FROM,
    to: email.toAddress,
    subject: email.subject,
    text: email.text,
    ...(email.html ? { html: email.html } : {}),
    // The same Message-ID on every attempt: a copy resent after a crash can be recognised by the receiving side.
    messageId: messageIdFor(email.idempotencyKey, base),
    headers: unsubscribe ? { "List-Unsubscribe": `<${unsubscribe}>` } : {},
  });
  return { transport: "smtp" };
}
