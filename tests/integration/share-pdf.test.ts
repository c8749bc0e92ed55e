// The share link's PDF download (app/s/[token]/report/pdf): only when the owner allowed it, only
// while the link is alive, and the same report the team downloads. The route is called as Next would.
import { beforeAll, describe, expect, test, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { GET as getSharedPdf } from "@/app/s/[token]/report/pdf/route";
import type { ProjectAccess } from "@/lib/db/access";
import { createProject } from "@/lib/db/projects";
import { createShareLink, revokeShareLink } from "@/lib/db/share-links";
import { addDays, isoDate } from "@/lib/domain/dates";
import { makeUser, projectAccessFor } from "../support/factories";
import { inspectPdf } from "../support/pdf";

let access: ProjectAccess;
const expiresOn = () => addDays(isoDate(new Date()), 30);
const get = (token: string, query = "") =>
  getSharedPdf(new Request(`http://localhost/s/${token}/report/pdf${query}`), { params: Promise.resolve({ token }) });

beforeAll(async () => {
  const owner = await makeUser("Share PDF owner");
  const project = await createProject(owner.access, { name: "Shared PDF", description: "", templateKey: "sales-forecasting" });
  access = await projectAccessFor(owner.user.id, owner.workspace.slug, project.id);
});

describe("GET /s/:token/report/pdf", () => {
  test("a link without the PDF allowed answers 404 and sends no report", async () => {
    const link = await createShareLink(access, { note: "", expiresOn: expiresOn(), allowComments: true });
    const res = await get(link.token);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/json/);
  });

  test("an unknown or malformed token answers 404", async () => {
    expect((await get("shr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    expect((await get("not-a-token")).status).toBe(404);
  });

  test("with the PDF allowed: the project report as a PDF download, until the link is revoked", async () => {
    const link = await createShareLink(access, { note: "", expiresOn: expiresOn(), allowComments: false, allowPdf: true });
    const res = await get(link.token, "?paper=letter");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.pdf"$/);
    const pdf = await inspectPdf(Buffer.from(await res.arrayBuffer()));
    expect(pdf.pageCount).toBeGreaterThanOrEqual(4);
    expect(pdf.pages[0]!.width).toBeCloseTo(612, 1);
    expect(pdf.text).toContain("Shared PDF");

    expect((await get(link.token, "?paper=a3")).status).toBe(422);
    await revokeShareLink(access, link.id);
    expect((await get(link.token)).status).toBe(404);
  }, 60_000);
});
