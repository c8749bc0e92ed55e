// GET|POST /api/auth/* — next-auth (sign-in, sign-out, session, providers, csrf)
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/config";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Ctx) {
  return NextAuth(getAuthOptions())(request, { params: await context.params });
}

export { handler as GET, handler as POST };
