// Password reset by email: the rules of a reset link's token and the email that carries it. The
// token is a `pwr_…` secret (lib/auth/tokens.ts); only its hash is stored (PasswordResetToken). It
// works once, for an hour, and a newer request replaces it.

/** The prefix of a reset token's secret. */
export const RESET_TOKEN_PREFIX = "pwr";

/** How long a reset link works. */
export const RESET_TOKEN_TTL_MS = 60 * 60_000;

/** The one answer to a reset request, whether or not an account has that address. */
export const RESET_REQUESTED =
  "If an account exists for that address, we sent a link to reset its password. It works once, within an hour.";

/** When a token made at `now` stops working. */
export function resetTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + RESET_TOKEN_TTL_MS);
}

/** A stored token as far as its rules go. */
export type ResetTokenFacts = { expiresAt: Date; usedAt: Date | null };

export type ResetTokenState = "valid" | "used" | "expired" | "unknown";

/** Whether a token (null: no token has that hash) may set a password at `now`. A used token stays used after it would have expired. */
export function resetTokenState(token: ResetTokenFacts | null, now: Date): ResetTokenState {
  if (!token) return "unknown";
  if (token.usedAt) return "used";
  return token.expiresAt.getTime() > now.getTime() ? "valid" : "expired";
}

/** What the reset page says about a link that does not work; each ends by pointing at a new request. */
export const RESET_TOKEN_REFUSAL: Record<Exclude<ResetTokenState, "valid">, string> = {
  used: "This reset link has already been used. Request a new one if you still need to reset your password.",
  expired: "This reset link has expired: links work for an hour, and only the newest one works. Request a new one.",
  unknown: "This reset link is not valid. Check that you opened the whole link from the email, or request a new one.",
};

/** The path of the reset page for a token. */
export function resetPasswordPath(token: string): string {
  return `/reset-password?token=${encodeURIComponent(token)}`;
}

/** The reset link on the app's public URL (NEXTAUTH_URL), e.g. "https://scopebench.example/reset-password?token=pwr_…". */
export function resetPasswordLink(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}${resetPasswordPath(token)}`;
}

/** The reset email: plain text with the link on a line of its own. */
export function passwordResetEmail(input: { name: string; link: string }): { subject: string; text: string } {
  const minutes = Math.round(RESET_TOKEN_TTL_MS / 60_000);
  return {
    subject: "Reset your Scopebench password",
    text: [
      `Hello ${input.name},`,
      "",
      "Someone (we hope you) asked to reset the password of your Scopebench account. To choose a new password, open this link:",
      "",
      input.link,
      "",
      `The link works once, for ${minutes} minutes. Setting a new password signs you out on every device.`,
      "",
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}
