import { z } from "zod";

const ref = { workspaceSlug: z.string().min(1), projectId: z.string().min(1) };

export const createApiTokenSchema = z.object({
  ...ref,
  name: z
    .string({ error: "Name the token." })
    .trim()
    .min(2, "Use at least 2 characters, e.g. “Airflow prod”.")
    .max(80, "Use at most 80 characters."),
});

export const revokeApiTokenSchema = z.object({ ...ref, tokenId: z.string().min(1) });
