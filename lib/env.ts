// Server configuration, validated once on first use. Application code reads settings from here,
// never from process.env directly.
import { z } from "zod";
import { parseCidrList } from "@/lib/domain/auth/client-address";

const optional = z.string().trim().min(1).optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
  NEXTAUTH_URL: z.string().url().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  GITHUB_CLIENT_ID: optional,
  GITHUB_CLIENT_SECRET: optional,
  GOOGLE_CLIENT_ID: optional,
  GOOGLE_CLIENT_SECRET: optional,
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: optional,
  OIDC_CLIENT_SECRET: optional,
  OIDC_NAME: z.string().default("Single sign-on"),
  /** How many reverse proxies in front of the app append to X-Forwarded-For (default 0: the header is ignored). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Or: the addresses/CIDR ranges of the proxies in front of the app, comma-separated. */
  TRUSTED_PROXIES: z
    .string()
    .trim()
    .optional()
    .superRefine((list, ctx) => {
      if (!list) return;
      try {
        parseCidrList(list);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
      }
    }),
  /** Sign-up attempts allowed per address per hour. */
  SIGNUP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  /** PDF reports rendered at the same time, each in its own worker thread (lib/compute/pdf-pool.ts). */
  PDF_RENDER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** Longest a PDF render may take before it is stopped and the download answers 503. */
  PDF_RENDER_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3600).default(120),
  /** Memory for finished PDFs, reused while the report's content is unchanged (0 turns the cache off). */
  PDF_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /** SMTP server for email (smtp:// or smtps://, user and password in the URL); unset: mail goes to the built-in outbox. */
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional(),
  /** The From address of every email. */
  MAIL_FROM: z.string().trim().min(3).default("Scopebench <scopebench@localhost>"),
  /** "off": `npm start` runs no job worker in-process (run `npm run worker` instead). */
  SCOPEBENCH_WORKER: z.enum(["on", "off"]).default("on"),
  /** "1": webhooks may point at private and loopback addresses (tests, a receiver on the same network). */
  SCOPEBENCH_WEBHOOKS_ALLOW_PRIVATE: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid server configuration — ${lines.join("; ")}`);
  }
  if (parsed.data.TRUSTED_PROXIES && parsed.data.TRUSTED_PROXY_HOPS > 0)
    throw new Error("Invalid server configuration — set TRUSTED_PROXY_HOPS or TRUSTED_PROXIES, not both");
  cached = parsed.data;
  return cached;
}
