import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getAuthOptions } from "./config";
import { getUserById } from "@/lib/db/users";
import { AppError } from "@/lib/errors";

/** The signed-in user (checked against the database once per request), or null. */
export const getCurrentUser = cache(async () => {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return getUserById(id);
});

export async function requireUser() {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized", "Please sign in.");
  return user;
}
