import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { getEnv } from "@/lib/env";
import { signInSchema } from "@/lib/schemas/auth";
import { clearCounter, getRetryAfter, recordHit } from "@/lib/db/rate-limit";
import { findOrCreateOAuthUser, findUserForSignIn } from "@/lib/db/users";
import { ACCOUNT_POLICY, ADDRESS_POLICY, lockoutMessage } from "@/lib/domain/auth/rate-limit";
import { getDummyHash, verifyPassword } from "./password";

/** The client address as our own server saw it: the last hop of X-Forwarded-For, which Next.js appends. */
export function clientAddress(headers: Record<string, unknown> | undefined): string {
  const xff = headers?.["x-forwarded-for"];
  const value = Array.isArray(xff) ? xff.join(",") : typeof xff === "string" ? xff : "";
  return (
    value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .pop() ?? "unknown"
  );
}

/** Email + password, throttled per account and per address with counters in the database. */
async function authorizeCredentials(raw: unknown, headers: Record<string, unknown> | undefined) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const accountKey = `signin:account:${email}`;
  const addressKey = `signin:address:${clientAddress(headers)}`;

  const wait = Math.max(await getRetryAfter(accountKey), await getRetryAfter(addressKey));
  if (wait > 0) throw new Error(lockoutMessage(wait));

  const user = await findUserForSignIn(email);
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (user && user.passwordHash && valid) {
    await clearCounter(accountKey);
    return { id: user.id, email: user.email, name: user.name };
  }
  const now = new Date();
  const [account, address] = await Promise.all([recordHit(accountKey, ACCOUNT_POLICY, now), recordHit(addressKey, ADDRESS_POLICY, now)]);
  const lockedFor = Math.max(account.retryAfterSeconds, address.retryAfterSeconds);
  if (lockedFor > 0) throw new Error(lockoutMessage(lockedFor));
  return null;
}

function oauthProviders(): Provider[] {
  const env = getEnv();
  const providers: Provider[] = [];
  if (env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET)
    providers.push(GitHubProvider({ clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET }));
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET)
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }));
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      idToken: true,
      checks: ["pkce", "state"],
      authorization: { params: { scope: "openid email profile" } },
      profile: (p: { sub: string; email?: string; name?: string }) => ({
        id: p.sub,
        email: p.email ?? null,
        name: p.name ?? p.email ?? null,
      }),
    });
  }
  return providers;
}

let cached: NextAuthOptions | undefined;

export function getAuthOptions(): NextAuthOptions {
  if (cached) return cached;
  const env = getEnv();
  cached = {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: (credentials, req) => authorizeCredentials(credentials, req?.headers as Record<string, unknown> | undefined),
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (!account || account.provider === "credentials") return true;
        if (!user.email) return "/login?error=OAuthNoEmail";
        const ours = await findOrCreateOAuthUser({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email.toLowerCase(),
          name: user.name ?? user.email,
        });
        user.id = ours.id;
        return true;
      },
      jwt({ token, user }) {
        if (user?.id) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.uid) session.user = { id: token.uid, name: token.name ?? "", email: token.email ?? "" };
        return session;
      },
    },
    logger: {
      // next-auth logs the credentials' error objects; keep only codes and messages, never request bodies.
      error: (code, meta) => console.error(`[next-auth] ${code}`, meta instanceof Error ? meta.message : ""),
      warn: (code) => console.warn(`[next-auth] ${code}`),
      debug: () => {},
    },
  };
  return cached;
}
