import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { listWorkspacesForUser } from "@/lib/db/workspaces";

export const dynamic = "force-dynamic";

export default async function Home() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const [first] = await listWorkspacesForUser(user.id);
  redirect(first ? `/w/${first.slug}` : "/workspaces/new");
}
