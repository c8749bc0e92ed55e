import { ScrollBox } from "@/components/ui/scroll-box";
import type { Metadata } from "next";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { getEnv } from "@/lib/env";
import { listApiTokens } from "@/lib/db/api-tokens";
import { hasRole, roleRefusal } from "@/lib/domain/auth/roles";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/utils";
import { CreateTokenForm } from "./create-token-form";
import { ActionButton } from "@/components/ui/action-button";
import { revokeApiTokenAction } from "@/lib/actions/api-tokens";
import type { ProjectPageProps } from "../../page-props";
import { PageHeader, BackLink } from "@/components/layout/page-header";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage({ params }: ProjectPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  // The app's public address (NEXTAUTH_URL, which npm start always sets), so the example runs as it is.
  const appUrl = (getEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const isOwner = hasRole(access.role, "owner");
  const tokens = isOwner ? await listApiTokens(access) : [];
  const ref = { workspaceSlug: access.workspace.slug, projectId: access.project.id };
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;

  return (
    <main className="space-y-6">
      <PageHeader title="API tokens" breadcrumb={<BackLink href={`${base}/settings`}>Project settings</BackLink>}>
        Pipelines and monitors report runs and monitoring points to this project through the HTTP API. Each token works for this project
        only; give every system its own token so you can revoke one without stopping the others.
      </PageHeader>
      {!isOwner && <Alert tone="warning">{roleRefusal(access.role, "owner")} Ask an owner for a token.</Alert>}
      {isOwner && (
        <>
          <Card id="create-token" title="Create a token">
            <CreateTokenForm {...ref} />
          </Card>
          <Card
            title="Tokens of this project"
            description="Only the last four characters are kept for display. “Last used” is updated at most once a minute."
          >
            {tokens.length === 0 ? (
              <EmptyState title="No tokens yet.">
                <a href="#create-token" className="text-brand-700 underline">
                  Create one
                </a>
                , then send it as a Bearer token.
              </EmptyState>
            ) : (
              <Table aria-label="Tokens of this project" scroll>
                <THeadRow columns={["Name", "Token", "Created", "Last used", { label: "Status or action", srOnly: true }]} />
                <TBody>
                  {tokens.map((t) => (
                    <Tr key={t.id}>
                      <Td className="font-medium">{t.name}</Td>
                      <Td className="font-mono text-xs">sbk_…{t.last4}</Td>
                      <Td>
                        {formatDateTime(t.createdAt)}
                        {t.createdBy ? ` by ${t.createdBy.name}` : ""}
                      </Td>
                      <Td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Never"}</Td>
                      <Td className="text-right">
                        {t.revokedAt ? (
                          <Badge tone="red">Revoked {formatDateTime(t.revokedAt)}</Badge>
                        ) : (
                          <ActionButton
                            action={revokeApiTokenAction.bind(null, { ...ref, tokenId: t.id })}
                            label="Revoke"
                            pendingLabel="Revoking…"
                            ariaLabel={`Revoke token ${t.name}`}
                            confirm={`Revoke "${t.name}"? Pipelines using it will get 401 errors from now on.`}
                          />
                        )}
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
          </Card>
        </>
      )}
      <Card title="Using the API" description="Project id and a first request; every endpoint is described in the OpenAPI document.">
        <ScrollBox label="Example request" className="rounded-md bg-slate-900">
          <pre className="w-max p-3 text-xs text-slate-100">{`curl -X POST "${appUrl}/api/v1/projects/${access.project.id}/runs" \\
  -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\
  -d '{"source":"ci","externalId":"build-1","pipeline":"train","stage":"training","status":"running","startedAt":"2024-05-01T10:00:00Z"}'`}</pre>
        </ScrollBox>
        <p className="mt-2 text-sm">
          <a href="/api/v1/openapi.json" className="text-brand-700 underline">
            OpenAPI 3.1 document
          </a>{" "}
          · project id <code className="font-mono text-xs">{access.project.id}</code>
        </p>
      </Card>
    </main>
  );
}
