// Whether an OAuth/OpenID sign-in may attach to a Scopebench account. The provider asserts an
// email address; only when it also says it verified that address is the address evidence of who
// is signing in. Otherwise anyone could open an account at a provider that does not check
// emails, type in someone else's address and walk into their Scopebench account.

export type OAuthDecision =
  | { kind: "linked"; userId: string }
  | { kind: "link"; userId: string }
  | { kind: "create" }
  | { kind: "refuse"; reason: OAuthRefusal };

/** Why an OAuth sign-in was refused; also the `error` code of the sign-in page (see OAUTH_REFUSAL_MESSAGES). */
export type OAuthRefusal = "OAuthEmailUnverified" | "OAuthAccountHasPassword";

export const OAUTH_REFUSAL_MESSAGES: Record<OAuthRefusal, string> = {
  OAuthEmailUnverified:
    "Your sign-in provider has not verified your email address, so it cannot be used to sign in to Scopebench. Verify it with the provider first, or sign in with your password.",
  OAuthAccountHasPassword:
    "An account with this email already signs in with a password. Sign in with your password first; signing in with a provider is not linked to it automatically.",
};

/**
 * The decision for a provider account: an account already linked to it signs in; otherwise a
 * verified email links to the account with that email if it has no password (it was made by
 * another provider's sign-in) or makes a new account; an unverified email is refused for both,
 * since a new account would hold the address against its real owner.
 */
export function decideOAuthSignIn(input: {
  linkedUserId: string | null;
  existing: { id: string; hasPassword: boolean } | null;
  emailVerified: boolean;
}): OAuthDecision {
  if (input.linkedUserId) return { kind: "linked", userId: input.linkedUserId };
  if (!input.emailVerified) return { kind: "refuse", reason: "OAuthEmailUnverified" };
  if (!input.existing) return { kind: "create" };
  if (input.existing.hasPassword) return { kind: "refuse", reason: "OAuthAccountHasPassword" };
  return { kind: "link", userId: input.existing.id };
}

/** Whether a provider's profile says its email is verified (OpenID's `email_verified`; only `true` or "true" count). */
export function profileEmailVerified(profile: unknown): boolean {
  if (typeof profile !== "object" || profile === null) return false;
  const value = (profile as { email_verified?: unknown }).email_verified;
  return value === true || value === "true";
}
