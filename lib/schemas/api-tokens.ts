import { z } from "zod";
import { safeString } from "./safe";

const ref = { workspaceSlug: safeString().min(1), projectId: safeString().min(1) };

export const createApiTokenSchema = z.object({
  ...ref,
  name: safeString({ error: "Name the token." })
    .trim()
    .min(2, "Use at least 2 characters, e.g. “Airflow prod”.")
    .max(80, "Use at most 80 characters."),
});

export const revokeApiTokenSchema = z.object({ ...ref, tokenId: safeString().min(1) });
