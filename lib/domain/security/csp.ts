// The Content-Security-Policy of every page, built per request around a fresh nonce (proxy.ts).
// Scripts: only those carrying the nonce — Next.js puts it on its own inline and chunk scripts when
// it finds it in the request's Content-Security-Policy header — and, through 'strict-dynamic',
// the chunks those load. Styles keep 'unsafe-inline': server-rendered `style` attributes (chart
// sizes from recharts, progress bars, the canvas grid) cannot carry a nonce, and an injected style
// cannot run script; the script policy is what stops XSS.

export type CspOptions = {
  /** The per-request nonce (base64). */
  nonce: string;
  /** `next dev`: React's debugging needs eval, and nothing else gets it. */
  isDev: boolean;
  /** The public URL is https: ask the browser to upgrade any http sub-request. */
  upgradeInsecureRequests: boolean;
};

/** The policy as one header value. */
export function contentSecurityPolicy({ nonce, isDev, upgradeInsecureRequests }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    // https: images are what the Markdown renderer lets canvas text embed (rehype-sanitize's img src).
    ["img-src", "'self'", "data:", "blob:", "https:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (upgradeInsecureRequests) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/** A fresh nonce: 16 random bytes, base64 (as CSP's nonce-source expects). */
export function generateNonce(random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
