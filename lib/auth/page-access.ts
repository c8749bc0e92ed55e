import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { requireProjectAccess, requireWorkspaceAccess } from "./access";
import { isAppError } from "@/lib/errors";
import type { Role } from "@/lib/domain/auth/roles";

// Server pages and layouts use these: the same authorization helper, with its refusals turned
// into navigation (not signed in → sign-in page; not found or not yours → 404). Cached per request,
// so a layout and its page share one lookup.

async function asPage<T>(load: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (isAppError(err, "unauthorized")) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
    if (isAppError(err, "not_found")) notFound();
    throw err;
  }
}

export const pageWorkspaceAccess = cache((workspaceSlug: string, minRole: Role = "viewer") =>
  asPage(() => requireWorkspaceAccess(workspaceSlug, minRole), `/w/${workspaceSlug}`),
);

export const pageProjectAccess = cache((workspaceSlug: string, projectId: string, minRole: Role = "viewer") =>
  asPage(() => requireProjectAccess(workspaceSlug, projectId, minRole), `/w/${workspaceSlug}/projects/${projectId}`),
);
