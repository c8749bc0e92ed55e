import { z } from "zod";
import { safeString } from "./safe";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like ada@example.com." }));

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.");

export const registerSchema = z.object({
  name: safeString({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(80, "Use at most 80 characters."),
  email: emailSchema,
  password: passwordSchema,
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: safeString().min(1, "Enter your password.").max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;
