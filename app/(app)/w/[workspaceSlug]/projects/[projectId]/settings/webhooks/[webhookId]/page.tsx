import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { DELIVERY_LOG_LIMIT, getWebhook, listWebhookDeliveries } from "@/lib/db/webhooks";
import { hasRole, roleRefusal } from "@/lib/domain/auth/roles";
import { isAppError } from "@/lib/errors";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader, BackLink } from "@/components/layout/page-header";
import { formatDateTime } from "@/lib/utils";
import { deleteWebhookAction, redeliverWebhookAction, setWebhookEnabledAction } from "@/lib/actions/webhooks";
import { RotateSecretForm } from "./rotate-secret-form";
import { SendTestButton } from "./send-test-button";
import { DeliveryStatus, eventsLabel } from "../webhook-labels";

export const metadata: Metadata = { title: "Webhook" };

type Props = { params: Promise<{ workspaceSlug: string; projectId: string; webhookId: string }> };

export default async function WebhookPage({ params }: Props) {
  const { workspaceSlug, projectId, webhookId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;
  const back = <BackLink href={`${base}/settings/webhooks`}>Webhooks</BackLink>;
  if (!hasRole(access.role, "owner"))
    return (
      <main className="space-y-6">
        <PageHeader title="Webhook" breadcrumb={back} />
        <Alert tone="warning">{roleRefusal(access.role, "owner")}</Alert>
      </main>
    );
  const found = await Promise.all([getWebhook(access, webhookId), listWebhookDeliveries(access, webhookId)]).catch((err: unknown) => {
    if (isAppError(err) && err.code === "not_found") notFound();
    throw err;
  });
  const [webhook, deliveries] = found;
  const ref = { workspaceSlug: access.workspace.slug, projectId: access.project.id, webhookId: webhook.id };

  return (
    <main className="space-y-6">
      <PageHeader title="Webhook" breadcrumb={back}>
        <span className="break-all font-mono text-xs">{webhook.url}</span>
      </PageHeader>
      {!webhook.enabled && (
        <Alert tone="warning">
          This webhook is disabled{webhook.disabledAt ? ` since ${formatDateTime(webhook.disabledAt)}` : ""}. {webhook.disabledReason ?? ""}{" "}
          Nothing is sent to it until it is enabled again.
        </Alert>
      )}
      <Card title="Settings">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Status</dt>
          <dd>{webhook.enabled ? <Badge tone="green">Enabled</Badge> : <Badge tone="red">Disabled</Badge>}</dd>
          <dt className="font-medium">Format</dt>
          <dd>{webhook.format === "slack" ? "Slack ({ text, blocks })" : "JSON (Scopebench's event envelope)"}</dd>
          <dt className="font-medium">Events</dt>
          <dd>{eventsLabel(webhook.events)}</dd>
          <dt className="font-medium">Secret</dt>
          <dd className="font-mono text-xs">whsec_…{webhook.secretHint}</dd>
          <dt className="font-medium">Added</dt>
          <dd>
            {formatDateTime(webhook.createdAt)}
            {webhook.createdBy ? ` by ${webhook.createdBy.name}` : ""}
          </dd>
        </dl>
        <div className="mt-4 flex flex-wrap items-start gap-3">
          <SendTestButton {...ref} />
          <ActionButton
            action={setWebhookEnabledAction.bind(null, { ...ref, enabled: !webhook.enabled })}
            label={webhook.enabled ? "Disable" : "Enable"}
            pendingLabel={webhook.enabled ? "Disabling…" : "Enabling…"}
            variant="secondary"
          />
          <ActionButton
            action={deleteWebhookAction.bind(null, ref)}
            label="Delete webhook"
            pendingLabel="Deleting…"
            variant="danger"
            confirm="Delete this webhook and its delivery log? Nothing more is sent to its URL."
            confirmLabel="Delete"
          />
        </div>
      </Card>
      <Card title="Signing secret" description="Rotating makes a new secret at once; the old one no longer signs anything.">
        <RotateSecretForm {...ref} />
      </Card>
      <Card
        title="Delivery log"
        description={`The latest ${DELIVERY_LOG_LIMIT} deliveries, newest first. Reload the page to see new attempts.`}
      >
        {deliveries.length === 0 ? (
          <EmptyState title="Nothing sent yet.">Send a test event to check the receiver.</EmptyState>
        ) : (
          <Table aria-label="Delivery log" scroll>
            <THeadRow
              columns={[
                "Event",
                "Status",
                { label: "Attempts", numeric: true },
                { label: "HTTP status", numeric: true },
                { label: "Response time", numeric: true },
                "When",
                { label: "Action", srOnly: true },
              ]}
            />
            <TBody>
              {deliveries.map((d) => (
                <Tr key={d.id}>
                  <Td>
                    <span className="font-medium">{d.event.title}</span>
                    <span className="block font-mono text-xs text-slate-600">{d.event.type}</span>
                  </Td>
                  <Td>
                    <DeliveryStatus status={d.status} />
                    {d.lastError && d.status !== "delivered" && <span className="block text-xs text-slate-600">{d.lastError}</span>}
                  </Td>
                  <Td numeric>{d.attempts}</Td>
                  <Td numeric>{d.responseStatus ?? "—"}</Td>
                  <Td numeric>{d.responseMs === null ? "—" : `${d.responseMs} ms`}</Td>
                  <Td>{formatDateTime(d.deliveredAt ?? d.updatedAt)}</Td>
                  <Td className="text-right">
                    {d.status !== "sending" && webhook.enabled && (
                      <ActionButton
                        action={redeliverWebhookAction.bind(null, {
                          workspaceSlug: ref.workspaceSlug,
                          projectId: ref.projectId,
                          deliveryId: d.id,
                        })}
                        label="Redeliver"
                        pendingLabel="Queuing…"
                        ariaLabel={`Redeliver ${d.event.title}`}
                      />
                    )}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </main>
  );
}
