"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { changeRoleAction, removeMemberAction } from "@/lib/actions/workspaces";
import { ROLE_LABEL, ROLES, type Role } from "@/lib/domain/auth/roles";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";

type Member = { id: string; name: string; email: string; role: Role };

export function MemberRow({
  workspaceSlug,
  member,
  isSelf,
  canManage,
}: {
  workspaceSlug: string;
  member: Member;
  isSelf: boolean;
  canManage: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const { confirm, dialog } = useConfirm();

  const changeRole = (role: Role) =>
    startTransition(async () => {
      setError(undefined);
      const res = await changeRoleAction({ workspaceSlug, userId: member.id, role });
      if (res.ok) router.refresh();
      else setError(res.error.message);
    });

  const remove = async () => {
    const question = isSelf ? "Leave this workspace? You will lose access to its projects." : `Remove ${member.name} from this workspace?`;
    if (!(await confirm({ title: question, confirmLabel: isSelf ? "Leave" : "Remove" }))) return;
    startTransition(async () => {
      setError(undefined);
      const res = await removeMemberAction({ workspaceSlug, userId: member.id });
      if (!res.ok) setError(res.error.message);
      else if (res.data.left) router.push("/");
      else router.refresh();
    });
  };

  return (
    <tr>
      <td className="py-2 font-medium">
        {member.name}
        {isSelf && <span className="text-slate-500"> (you)</span>}
      </td>
      <td className="text-slate-600">{member.email}</td>
      <td>
        {canManage ? (
          <>
            <label htmlFor={`role-${member.id}`} className="sr-only">
              Role of {member.name}
            </label>
            <select
              id={`role-${member.id}`}
              value={member.role}
              disabled={pending}
              onChange={(e) => changeRole(e.target.value as Role)}
              className="rounded-md border border-slate-300 px-2 py-1 text-sm"
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABEL[r]}
                </option>
              ))}
            </select>
          </>
        ) : (
          ROLE_LABEL[member.role]
        )}
        {error && (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </td>
      <td className="text-right">
        {dialog}
        {(canManage || isSelf) && (
          <Button variant="ghost" onClick={() => void remove()} disabled={pending}>
            {isSelf ? "Leave" : `Remove`}
            <span className="sr-only"> {member.name}</span>
          </Button>
        )}
      </td>
    </tr>
  );
}
