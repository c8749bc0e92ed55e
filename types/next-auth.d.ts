import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    /** The user's sessionVersion when the token was issued; an older one than the database's is refused. */
    sv?: number;
  }
}
