"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/api-client";
import { paths } from "@/lib/paths";
import { useAction } from "@/lib/use-action";

export function RevokeInvitationButton({
  organizationId,
  invitationId,
  label,
}: {
  organizationId: string;
  invitationId: string;
  label: string;
}) {
  const router = useRouter();
  const { busy, error, run } = useAction();
  const revoke = () =>
    run(
      () =>
        callApi(paths.api.invitation(organizationId, invitationId), {
          method: "DELETE",
          reply: () => import("../schemas").then((m) => m.doneReply),
        }),
      { onDone: () => router.refresh() },
    );
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button variant="danger" size="sm" disabled={busy} onClick={() => void revoke()}>
        Revoke<span className="sr-only"> {label}</span>
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
