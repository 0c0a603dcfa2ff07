"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondaryButtonClass } from "@/components/ui/form";
import { callApi } from "@/lib/api-client";

export function RevokeInvitationButton({ organizationId, invitationId, label }: { organizationId: string; invitationId: string; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function revoke() {
    setBusy(true);
    const result = await callApi(`/api/organizations/${organizationId}/invitations/${invitationId}`, { method: "DELETE" });
    setBusy(false);
    if (!result.ok) setError(result.message);
    router.refresh();
  }
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => void revoke()}>
        Revoke<span className="sr-only"> {label}</span>
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
