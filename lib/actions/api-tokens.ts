"use server";
import { projectAction, projectFormAction, projectPath } from "@/lib/actions/safe-action";
import { createApiToken, revokeApiToken } from "@/lib/db/api-tokens";
import type { ProjectAccess } from "@/lib/db/access";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/schemas/api-tokens";

const tokensPage = (access: ProjectAccess) => `${projectPath(access)}/settings/tokens`;

export const createApiTokenAction = projectFormAction(
  { schema: createApiTokenSchema, role: "owner", revalidate: tokensPage },
  async (access, d) => {
    const token = await createApiToken(access, d.name);
    // The form is cleared on success; the secret goes back once, to be copied now.
    return {
      message: `Token "${token.name}" created. Copy it now: it will not be shown again.`,
      result: { secret: token.secret, name: token.name },
    };
  },
);

export const revokeApiTokenAction = projectAction(
  { schema: revokeApiTokenSchema, role: "owner", revalidate: tokensPage },
  async (access, d) => {
    await revokeApiToken(access, d.tokenId);
  },
);
