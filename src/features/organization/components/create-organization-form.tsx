"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass, FormAlert, onSubmitKeepingValues, TextField } from "@/components/ui/form";
import { callApi } from "@/lib/api-client";

export function CreateOrganizationForm() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create(form: FormData) {
    setBusy(true);
    setError(null);
    const result = await callApi<{ id: string }>("/api/organizations", { body: { name: form.get("name") } });
    if (result.ok) {
      router.push(`/organizations/${result.data.id}`);
      router.refresh();
      return;
    }
    setBusy(false);
    setError(result.message);
  }

  return (
    <form method="post" onSubmit={onSubmitKeepingValues((values) => void create(values))} className="space-y-3" aria-label="Create an organisation">
      <TextField label="Organisation name" name="name" required minLength={2} maxLength={80} />
      {error && <FormAlert>{error}</FormAlert>}
      <button type="submit" className={buttonClass} disabled={busy}>
        {busy ? "Creating…" : "Create organisation"}
      </button>
    </form>
  );
}
