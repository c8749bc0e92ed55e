/** What the outbox is, said on both of its pages. */
export function SmtpNote() {
  return (
    <p className="mt-1 text-sm text-slate-600">
      Every email Scopebench sends to this workspace&apos;s members is kept here, so mail works without a mail server. With{" "}
      <code className="rounded bg-slate-100 px-1 text-xs">SMTP_URL</code> set, each one is also sent by SMTP (from{" "}
      <code className="rounded bg-slate-100 px-1 text-xs">MAIL_FROM</code>). Times in UTC.
    </p>
  );
}
