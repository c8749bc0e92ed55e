import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { getEnv } from "@/lib/env";
import { signInSchema } from "@/lib/schemas/auth";
import { bumpSessionVersion, findOrCreateOAuthUser, findUserForSignIn, getSessionVersion } from "@/lib/db/users";
import { lockoutMessage } from "@/lib/domain/auth/rate-limit";
import { safeCallbackPath } from "@/lib/domain/auth/callback-url";
import { profileEmailVerified } from "@/lib/domain/auth/oauth-link";
import { getDummyHash, verifyPassword } from "./password";
import { clientAddressOf } from "./client-address";
import { clearSignInFailures, recordSignInFailure, signInWaitSeconds } from "./throttle";

/** How long a session lasts without use. Every page load in the app renews it (components/layout/user-menu.tsx). */
export const SESSION_MAX_AGE_SECONDS = 24 * 60 * 60;

/** Thrown by the jwt callback for a token whose session was ended; next-auth then clears the cookie. */
const SESSION_REVOKED = "SessionRevoked";

/** Email + password, throttled per account and per address with counters in the database. */
async function authorizeCredentials(raw: unknown, headers: Record<string, unknown> | undefined) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const address = clientAddressOf(headers);

  const wait = await signInWaitSeconds(email, address);
  if (wait > 0) throw new Error(lockoutMessage(wait));

  const user = await findUserForSignIn(email);
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (user && user.passwordHash && valid) {
    await clearSignInFailures(email);
    return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
  }
  const lockedFor = await recordSignInFailure(email, address);
  if (lockedFor > 0) throw new Error(lockoutMessage(lockedFor));
  return null;
}

/**
 * GitHub's provider picks the primary email without saying whether GitHub verified it; ask the
 * emails endpoint and report it the OpenID way (`email_verified`), which the signIn callback reads.
 */
async function githubUserinfo({
  client,
  tokens,
}: {
  client: { userinfo: (t: string) => Promise<object> };
  tokens: { access_token?: string };
}) {
  const profile = (await client.userinfo(tokens.access_token ?? "")) as Record<string, unknown>;
  const res = await fetch("https://api.github.com/user/emails", { headers: { Authorization: `token ${tokens.access_token}` } });
  const emails = res.ok ? ((await res.json()) as { email: string; primary: boolean; verified: boolean }[]) : [];
  const primary = emails.find((e) => e.primary) ?? null;
  return { ...profile, email: primary?.email ?? profile.email ?? null, email_verified: primary?.verified === true };
}

function oauthProviders(): Provider[] {
  const env = getEnv();
  const providers: Provider[] = [];
  if (env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET)
    providers.push(
      GitHubProvider({
        clientId: env.GITHUB_CLIENT_ID,
        clientSecret: env.GITHUB_CLIENT_SECRET,
        userinfo: { url: "https://api.github.com/user", request: githubUserinfo as never },
      }),
    );
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
      // The raw profile's `email_verified` is read by the signIn callback (profileEmailVerified).
      profile: (p: { sub: string; email?: string; name?: string; email_verified?: boolean | string }) => ({
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
  const origin = new URL(env.NEXTAUTH_URL ?? "http://localhost:3000").origin;
  cached = {
    secret: env.NEXTAUTH_SECRET,
    // Sessions end after a day without use; each use renews them (next-auth re-issues the JWT
    // whenever /api/auth/session is read). updateAge only applies to database sessions.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // next-auth would infer this from NEXTAUTH_URL too; said explicitly so it is not lost in a refactor.
    useSecureCookies: origin.startsWith("https://"),
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
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        if (!user.email) return "/login?error=OAuthNoEmail";
        const outcome = await findOrCreateOAuthUser({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email.toLowerCase(),
          emailVerified: profileEmailVerified(profile),
          name: user.name ?? user.email,
        });
        if (!outcome.ok) return `/login?error=${outcome.reason}`;
        user.id = outcome.user.id;
        return true;
      },
      // Every request with a session reads the user's sessionVersion (one primary-key lookup) and
      // refuses a token that carries an older one: signing out, "sign out everywhere" and a
      // password change bump it. See docs/decisions/008-session-versions.md.
      async jwt({ token, user }) {
        if (user?.id) {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? (await getSessionVersion(user.id)) ?? 0;
          return token;
        }
        if (!token.uid) return token;
        const current = await getSessionVersion(token.uid);
        if (current === null || current !== (token.sv ?? 0)) throw new Error(SESSION_REVOKED);
        return token;
      },
      session({ session, token }) {
        if (token.uid) session.user = { id: token.uid, name: token.name ?? "", email: token.email ?? "" };
        return session;
      },
      redirect({ url, baseUrl }) {
        // Relative paths and same-origin URLs only (callbackUrl comes from the query string).
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeCallbackPath(path, baseUrl)}`;
      },
    },
    events: {
      // Signing out ends the session for good: a copy of the cookie taken before is refused after.
      async signOut({ token }) {
        if (token?.uid) await bumpSessionVersion(token.uid);
      },
    },
    logger: {
      // next-auth logs the credentials' error objects; keep only codes and messages, never request bodies.
      error: (code, meta) => {
        if (code === "JWT_SESSION_ERROR" && meta instanceof Error && meta.message === SESSION_REVOKED) return; // an ended session, not an error
        console.error(`[next-auth] ${code}`, meta instanceof Error ? meta.message : "");
      },
      warn: (code) => console.warn(`[next-auth] ${code}`),
      debug: () => {},
    },
  };
  return cached;
}
