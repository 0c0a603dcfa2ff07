"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass, FormAlert } from "@/components/ui/form";
import { callApi } from "@/lib/api-client";

export function AcceptInvitationButton({ token, organizationName }: { token: string; organizationName: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function accept() {
    setBusy(true);
    setError(null);
    const result = await callApi("/api/invitations/accept", { body: { token } });
    if (result.ok) {
      router.replace("/");
      router.refresh();
      return;
    }
    setBusy(false);
    setError(result.message);
  }
  return (
    <div className="space-y-2">
      <button type="button" className={buttonClass} disabled={busy} onClick={() => void accept()}>
        {busy ? "Joining…" : `Join ${organizationName}`}
      </button>
      {error && <FormAlert>{error}</FormAlert>}
    </div>
  );
}
