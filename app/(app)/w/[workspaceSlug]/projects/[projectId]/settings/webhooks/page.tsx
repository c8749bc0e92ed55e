import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { listWebhooks } from "@/lib/db/webhooks";
import { hasRole, roleRefusal } from "@/lib/domain/auth/roles";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";
import { ScrollBox } from "@/components/ui/scroll-box";
import { formatDateTime } from "@/lib/utils";
import { PageHeader, BackLink } from "@/components/layout/page-header";
import { CreateWebhookForm } from "./create-webhook-form";
import { DeliveryStatus, eventsLabel } from "./webhook-labels";
import type { ProjectPageProps } from "../../page-props";

export const metadata: Metadata = { title: "Webhooks" };

const VERIFY_EXAMPLE = `import { createHmac, timingSafeEqual } from "node:crypto";

// rawBody: the request body exactly as received; header: Scopebench-Signature
function verify(secret, rawBody, header, toleranceSeconds = 300) {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=")));
  const t = Number(parts.t);
  if (!t || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac("sha256", secret).update(\`\${t}.\${rawBody}\`).digest();
  const given = Buffer.from(parts.v1 ?? "", "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}`;

export default async function WebhooksPage({ params }: ProjectPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const isOwner = hasRole(access.role, "owner");
  const webhooks = isOwner ? await listWebhooks(access) : [];
  const ref = { workspaceSlug: access.workspace.slug, projectId: access.project.id };
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;

  return (
    <main className="space-y-6">
      <PageHeader title="Webhooks" breadcrumb={<BackLink href={`${base}/settings`}>Project settings</BackLink>}>
        Scopebench POSTs this project&apos;s events (breaches, failed runs, late milestones, comments…) to your URLs, signed with each
        webhook&apos;s secret. A failed delivery is retried with growing pauses; after 10 deliveries in a row fail every retry, the webhook
        is disabled and owners are told in their inbox.
      </PageHeader>
      {!isOwner && <Alert tone="warning">{roleRefusal(access.role, "owner")} Ask an owner to add a webhook.</Alert>}
      {isOwner && (
        <>
          <Card id="add-webhook" title="Add a webhook">
            <CreateWebhookForm {...ref} />
          </Card>
          <Card title="Webhooks of this project" description="Only the last four characters of each secret are kept for display.">
            {webhooks.length === 0 ? (
              <EmptyState title="No webhooks yet.">
                <a href="#add-webhook" className="text-brand-700 underline">
                  Add one
                </a>{" "}
                to send events to Slack or your own service.
              </EmptyState>
            ) : (
              <Table aria-label="Webhooks of this project" scroll>
                <THeadRow columns={["URL", "Format", "Events", "Secret", "Status", "Latest delivery"]} />
                <TBody>
                  {webhooks.map((w) => {
                    const last = w.deliveries[0];
                    return (
                      <Tr key={w.id}>
                        <Td className="max-w-72 break-all">
                          <Link href={`${base}/settings/webhooks/${w.id}`} className="font-medium text-brand-700 underline">
                            {w.url}
                          </Link>
                        </Td>
                        <Td>{w.format === "slack" ? "Slack" : "JSON"}</Td>
                        <Td>{eventsLabel(w.events)}</Td>
                        <Td className="font-mono text-xs">whsec_…{w.secretHint}</Td>
                        <Td>{w.enabled ? <Badge tone="green">Enabled</Badge> : <Badge tone="red">Disabled</Badge>}</Td>
                        <Td>
                          {last ? (
                            <>
                              <DeliveryStatus status={last.status} /> {formatDateTime(last.updatedAt)}
                            </>
                          ) : (
                            "None yet"
                          )}
                        </Td>
                      </Tr>
                    );
                  })}
                </TBody>
              </Table>
            )}
          </Card>
        </>
      )}
      <Card
        title="Verifying a request"
        description="Each request carries Scopebench-Event-Id (the same on every retry: drop ids you have processed) and Scopebench-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of “t.body”>."
      >
        <ScrollBox label="Signature check in Node.js" className="rounded-md bg-slate-900">
          <pre className="w-max p-3 text-xs text-slate-100">{VERIFY_EXAMPLE}</pre>
        </ScrollBox>
      </Card>
    </main>
  );
}
