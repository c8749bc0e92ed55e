import { Alert } from "@/components/ui/alert";
import { roleRefusal } from "@/lib/domain/auth/roles";
import type { Role } from "@/lib/domain/enums";

/** A workspace page the caller's role may not see: its title and why (the audit log, the outbox). */
export function RoleRefusalPage({ title, role, minimum }: { title: string; role: Role; minimum: Role }) {
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <Alert tone="warning" className="mt-4">
        {roleRefusal(role, minimum)}
      </Alert>
    </main>
  );
}
