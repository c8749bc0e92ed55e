"use server";
import { after } from "next/server";
import { publicFormAction, redirectTo, userAction, userFormAction } from "@/lib/actions/safe-action";
import { changePasswordSchema, forgotPasswordSchema, noInputSchema, registerSchema, resetPasswordSchema } from "@/lib/schemas/auth";
import {
  SIGN_UP_REFUSED,
  changePassword,
  createUserWithWorkspace,
  findUserForSignIn,
  getPasswordHash,
  getPersonalWorkspaceSlug,
  signOutEverywhere,
} from "@/lib/db/users";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  actionClientAddress,
  clearSignInFailures,
  recordSignInFailure,
  requirePasswordResetAllowed,
  requireSignInAllowed,
  requireSignUpAllowed,
} from "@/lib/auth/throttle";
import { appUrl } from "@/lib/auth/app-url";
import { createPasswordReset, findPasswordResetToken, resetPasswordWithToken } from "@/lib/db/password-reset";
import { RESET_REQUESTED, RESET_TOKEN_REFUSAL } from "@/lib/domain/auth/password-reset";
import { checkPasswordStrength } from "@/lib/domain/auth/password-strength";
import { enqueue } from "@/lib/jobs/queue";
import { AppError, isAppError } from "@/lib/errors";

/** How long after sign-up the same email and password count as the same sign-up again (a double submit, a retried request). */
const REPEAT_SIGN_UP_MS = 10 * 60_000;

// Public by design: creating an account needs no prior access. Throttled per address: each
// attempt costs an argon2 hash.
export const registerAction = publicFormAction({ schema: registerSchema }, async (_nobody, d) => {
  await requireSignUpAllowed(await actionClientAddress());
  try {
    const { workspace } = await createUserWithWorkspace({ name: d.name, email: d.email, passwordHash: await hashPassword(d.password) });
    return { result: { workspaceSlug: workspace.slug } };
  } catch (err) {
    if (!isAppError(err, "conflict")) throw err;
    // The same sign-up arriving twice: the account was made moments ago with this very password.
    const existing = await findUserForSignIn(d.email);
    const recent = existing && Date.now() - existing.createdAt.getTime() < REPEAT_SIGN_UP_MS;
    if (recent && existing.passwordHash && (await verifyPassword(existing.passwordHash, d.password)))
      return { result: { workspaceSlug: (await getPersonalWorkspaceSlug(existing.id)) ?? "" } };
    throw new AppError("conflict", SIGN_UP_REFUSED, { email: [SIGN_UP_REFUSED] });
  }
});

// Signed in, and the current password again: a session left open on someone else's screen is not
// enough to take over the account. Wrong current passwords count as failed sign-ins.
export const changePasswordAction = userFormAction({ schema: changePasswordSchema }, async (user, d) => {
  const address = await actionClientAddress();
  await requireSignInAllowed(user.email, address);
  const hash = await getPasswordHash(user.id);
  if (!hash) throw new AppError("conflict", "Your account signs in through a provider; it has no password to change.");
  if (!(await verifyPassword(hash, d.currentPassword))) {
    await recordSignInFailure(user.email, address);
    throw new AppError("invalid_input", "Please correct the highlighted fields.", {
      currentPassword: ["That is not your current password."],
    });
  }
  const strength = checkPasswordStrength(d.newPassword, [user.name, user.email]);
  if (!strength.ok) throw new AppError("invalid_input", "Please correct the highlighted fields.", { newPassword: [strength.message] });
  await changePassword(user.id, await hashPassword(d.newPassword));
  return "Password changed. You were signed out everywhere else.";
});

/** Ends every session of the caller, this one included (the client then signs out). */
export const signOutEverywhereAction = userAction({ schema: noInputSchema }, async (user) => {
  await signOutEverywhere(user.id);
  return { signedOut: true };
});

// Public by design: whoever forgot their password is signed out. Requests are throttled per email
// address and per client address, counted whether or not an account has the address. The answer
// leaves before the account is even looked up (the rest runs after the response, in Next's
// `after`), so neither its words nor its timing say whether the address is registered.
export const requestPasswordResetAction = publicFormAction({ schema: forgotPasswordSchema }, async (_nobody, d) => {
  await requirePasswordResetAllowed(d.email, await actionClientAddress());
  after(() => sendPasswordReset(d.email));
  return RESET_REQUESTED;
});

/** Makes the token and queues the email when an account has `email`; failures are logged, as nobody is waiting for them. */
async function sendPasswordReset(email: string): Promise<void> {
  try {
    const queued = await createPasswordReset(email, appUrl());
    if (queued) await enqueue("email.send", { emailId: queued.emailId });
  } catch (err) {
    console.error(`[scopebench] password reset: ${(err as Error).message}`);
  }
}

// Public by design: the token from the email is the credential (resetPasswordWithToken claims it
// once). Only a working token costs an argon2 hash.
export const resetPasswordAction = publicFormAction({ schema: resetPasswordSchema }, async (_nobody, d) => {
  const found = await findPasswordResetToken(d.token);
  if (found.state !== "valid") throw new AppError("invalid_input", RESET_TOKEN_REFUSAL[found.state]);
  const strength = checkPasswordStrength(d.password, [found.user.name, found.user.email]);
  if (!strength.ok) throw new AppError("invalid_input", "Please correct the highlighted fields.", { password: [strength.message] });
  const done = await resetPasswordWithToken(d.token, await hashPassword(d.password));
  if (!done.ok) throw new AppError("invalid_input", RESET_TOKEN_REFUSAL[done.state]);
  // Whoever reset the password may well have locked the account out guessing it first.
  await clearSignInFailures(done.user.email);
  return redirectTo("/login?notice=password-reset");
});
