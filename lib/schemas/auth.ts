import { z } from "zod";
import { checkPasswordStrength } from "@/lib/domain/auth/password-strength";
import { safeString } from "./safe";

export const emailSchema = safeString({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like ada@example.com." }));

export const passwordSchema = safeString({ error: "Enter a password." })
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.");

/** Adds zxcvbn's refusal at `field` when the password is too guessable (the person's own words count against it). */
export function refuseWeakPassword(ctx: z.RefinementCtx, field: string, password: string, userInputs: string[]) {
  const verdict = checkPasswordStrength(password, userInputs);
  if (!verdict.ok) ctx.addIssue({ code: "custom", path: [field], message: verdict.message });
}

export const registerSchema = z
  .object({
    name: safeString({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(80, "Use at most 80 characters."),
    email: emailSchema,
    password: passwordSchema,
  })
  .superRefine((d, ctx) => refuseWeakPassword(ctx, "password", d.password, [d.name, d.email]));
export type RegisterInput = z.infer<typeof registerSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: safeString().min(1, "Enter your password.").max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The new password is checked for strength against the person's name and email by the action, which knows them. */
export const changePasswordSchema = z.object({
  currentPassword: safeString({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const noInputSchema = z.object({}).strict();

export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

/**
 * A new password from a reset link: the token from the link, and the password twice. The sign-up rules (passwordSchema), and
 * zxcvbn's strength check with the account's name and email, which the action looks up by the token.
 */
export const resetPasswordSchema = z
  .object({
    token: safeString({ error: "This reset link is not valid." }).trim().min(1, "This reset link is not valid.").max(200),
    password: passwordSchema,
    confirmPassword: safeString({ error: "Enter the new password again." }).min(1, "Enter the new password again.").max(200),
  })
  .refine((d) => d.password === d.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match." });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
