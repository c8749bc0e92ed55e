// Issue 15, sign-in / session / password: what a visitor and an attacker see through the real
// server (`next start` with the socket-address preload, as `npm start` runs it).
import http from "node:http";
import { expect, test } from "./fixtures";
import { newPerson, signIn, signOut, signUp } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? "3100");
const LOCKED = "Too many failed sign-in attempts. Try again in 15 minutes.";

test("weak passwords are refused at the field, with the reason", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Name").fill("Wes");
  await page.getByLabel("Email").fill(newPerson("Wes").email);
  for (const weak of ["1234567890", "aaaaaaaaaa"]) {
    await page.getByLabel("Password").fill(weak);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/This password is too easy to guess\. \S/);
    await expect(page).toHaveURL(/\/register$/);
  }
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/Repeated characters like "aaa" are easy to guess/);
});

test("callbackUrl payloads that leave the app are ignored", async ({ page, baseURL }) => {
  const ada = newPerson("Redirect");
  await signUp(page, ada);
  await signOut(page);
  for (const payload of ["/\\evil.example/", "/\t/evil.example"]) {
    await page.goto(`/login?callbackUrl=${encodeURIComponent(payload)}`);
    await expect(page.getByRole("link", { name: "Create an account" })).toHaveAttribute("href", "/register");
    await signIn(page, ada);
    await expect(page).toHaveURL(/\/w\/[^/]+$/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await signOut(page);
  }
  // The error parameter is no place for someone else's text either.
  await page.goto(`/login?error=${encodeURIComponent("Your account is suspended. Call +1 555 0100.")}`);
  await expect(page.getByRole("alert").filter({ hasText: "Signing in failed. Try again." })).toBeVisible();
  await expect(page.getByText("Call +1 555 0100")).toHaveCount(0);
  // Sign-up ignores them too.
  await page.goto(`/register?callbackUrl=${encodeURIComponent("/\\evil.example/")}`);
  const bo = newPerson("Redirect2");
  await page.getByLabel("Name").fill(bo.name);
  await page.getByLabel("Email").fill(bo.email);
  await page.getByLabel("Password").fill(bo.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("a session cookie copied before signing out is refused after it", async ({ page, browser }) => {
  const cy = newPerson("Copier");
  await signUp(page, cy);
  const home = page.url();
  const stolen = await page.context().cookies();
  expect(stolen.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);

  const thief = await browser.newContext();
  await thief.addCookies(stolen);
  const thiefPage = await thief.newPage();
  await thiefPage.goto(home);
  await expect(thiefPage.getByRole("heading", { name: "Projects" })).toBeVisible();

  await signOut(page);
  await thiefPage.goto(home);
  await expect(thiefPage).toHaveURL(/\/login/);
  await thief.close();
});

test("changing the password: strength at the field, other sessions end, this one stays", async ({ page, browser }) => {
  const dee = newPerson("Changer");
  await signUp(page, dee);
  const home = page.url();
  const other = await browser.newContext();
  await other.addCookies(await page.context().cookies());
  const otherPage = await other.newPage();

  await page.getByLabel(/Account menu/).click();
  await page.getByRole("link", { name: "Account settings" }).click();
  await page.getByLabel("Current password").fill(dee.password);
  await page.getByLabel("New password").fill("1234567890");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("New password")).toHaveAccessibleDescription(/This password is too easy to guess\. \S/);

  await page.getByLabel("Current password").fill(dee.password);
  await page.getByLabel("New password").fill("plum kettle orbit saxophone");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toBeVisible();

  await page.goto(home);
  await expect(page.getByRole("heading", { name: "Projects" })).toBeVisible();
  await otherPage.goto(home);
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();

  await signOut(page);
  await signIn(page, { email: dee.email, password: "plum kettle orbit saxophone" });
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
});

test("sign out everywhere ends this and every other session", async ({ page, browser }) => {
  const eve = newPerson("Everywhere");
  await signUp(page, eve);
  const home = page.url();
  const other = await browser.newContext();
  await other.addCookies(await page.context().cookies());
  const otherPage = await other.newPage();
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login/);
  await otherPage.goto(home);
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();
});

// --- Raw HTTP from chosen loopback addresses: the server must key the per-address limit on the
// connection's address, so a forged X-Forwarded-For neither spreads failures nor blames others.

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

function send(from: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: PORT, localAddress: from, method, path, headers }, (res) => {
      let data = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (data += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

/** One credentials sign-in from `from`: "ok", "wrong", or the lockout message. */
async function credentialsSignIn(from: string, email: string, password: string, forwardedFor?: string): Promise<string> {
  const csrf = await send(from, "GET", "/api/auth/csrf", {});
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: "/" }).toString();
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", cookie };
  if (forwardedFor) headers["x-forwarded-for"] = forwardedFor;
  const res = await send(from, "POST", "/api/auth/callback/credentials", headers, body);
  const url = new URL((JSON.parse(res.body) as { url: string }).url);
  const error = url.searchParams.get("error");
  if (!error) return "ok";
  return error === "CredentialsSignin" ? "wrong" : error;
}

test("a rotating X-Forwarded-For does not escape the per-address limit, and blames nobody else", async ({ page }) => {
  test.setTimeout(120_000);
  const victim = newPerson("Bystander");
  await signUp(page, victim);
  // Two loopback addresses of their own, so this test's lock touches no other test.
  const octet = 2 + (Date.now() % 250);
  const attacker = `127.0.${octet}.2`;
  const bystander = `127.0.${octet}.3`;
  const outcomes: string[] = [];
  for (let i = 0; i < 20; i++) {
    const forged = `198.51.100.${i}, 203.0.113.${(i * 7) % 250}`;
    outcomes.push(await credentialsSignIn(attacker, `nobody-${octet}-${i}@example.test`, "guess", forged));
  }
  expect(outcomes.slice(0, 19)).toEqual(Array.from({ length: 19 }, () => "wrong"));
  expect(outcomes[19]).toBe(LOCKED);
  // The attacker's connection stays locked whatever it claims to be, even with a right password…
  expect(await credentialsSignIn(attacker, victim.email, victim.password, bystander)).toBe(LOCKED);
  // …and a client on another address is not blamed, even when named in the header.
  expect(await credentialsSignIn(bystander, victim.email, victim.password, attacker)).toBe("ok");
});
