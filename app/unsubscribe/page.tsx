import type { Metadata } from "next";
import { previewUnsubscribe } from "@/lib/db/notifications";
import { EVENT_LABEL } from "@/lib/domain/notifications/events";
import { UnsubscribeForm } from "./unsubscribe-form";

export const metadata: Metadata = { title: "Unsubscribe" };
export const dynamic = "force-dynamic";

// The one-click unsubscribe link of every event email. Opening it changes nothing (a mail scanner follows links);
// the button posts the signed token, which is the only credential: no sign-in is needed.
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const target = token ? await previewUnsubscribe(token) : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {target ? (
          <>
            <h1 className="text-xl font-semibold">Unsubscribe from these emails</h1>
            <p className="mt-2 text-sm text-slate-700">
              Stop emails to <strong>{target.email}</strong> about “{EVENT_LABEL[target.eventType].toLowerCase()}” in the project{" "}
              <strong>{target.projectName}</strong>. The inbox in the app and your other emails stay as they are.
            </p>
            <UnsubscribeForm token={token} />
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">This unsubscribe link is not valid</h1>
            <p className="mt-2 text-sm text-slate-700">
              It may have been changed or cut short when it was copied, or you are no longer a member of the project. Nothing was changed.
              Signed in, you can choose which emails you receive in each project&apos;s settings, under Notifications.
            </p>
          </>
        )}
      </div>
    </main>
  );
}
