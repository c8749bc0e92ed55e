import { getCurrentUser } from "@/lib/auth/session";
import { openNotification } from "@/lib/db/notifications";

// Following an inbox entry: marks it read and goes to the exact place it is about. A plain link (no prefetch),
// so only a real visit marks it read; someone else's entry, or one from a workspace the user left, is a 404.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 303, headers: { Location: `/login?callbackUrl=${encodeURIComponent("/inbox")}` } });
  const link = await openNotification(user.id, id);
  // Events store paths inside the app; anything else (another origin, "//host") is not followed.
  if (!link || !link.startsWith("/") || link.startsWith("//"))
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(null, { status: 303, headers: { Location: link, "Cache-Control": "no-store" } });
}
