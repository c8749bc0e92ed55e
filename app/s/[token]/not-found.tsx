// Shown (with HTTP 404) for a share link that is unknown, expired or revoked. It says nothing
// about which of the three, and links nowhere: the visitor has no account to go back to.
export default function ShareLinkNotFound() {
  return (
    <main id="main" className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-semibold text-brand-600">Scopebench</p>
      <h1 className="mt-2 text-2xl font-semibold">This link is not available</h1>
      <p className="mt-3 text-slate-600">It may have expired or been revoked. Ask the person who shared it for a new one.</p>
    </main>
  );
}
