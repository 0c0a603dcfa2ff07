"use client";

import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass, FormAlert, onSubmitKeepingValues } from "@/components/ui/form";
import { callApi } from "@/lib/api-client";

/** Imports an assessment exported as JSON (from this organisation, another one or another installation). */
export function ImportForm({ organizationId }: { organizationId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<string | null>(null);

  async function upload(values: FormData) {
    const file = values.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError("Choose an exported assessment (.json) first.");
      return;
    }
    setBusy(true);
    setError(null);
    setImported(null);
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setBusy(false);
      setError("This file is not JSON: choose a file made by “Export JSON” on a results page.");
      return;
    }
    const result = await callApi<{ assessmentId: string }>(`/api/organizations/${organizationId}/imports`, { body });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setImported(result.data.assessmentId);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmitKeepingValues((values) => void upload(values))} className="space-y-3" aria-label="Import an assessment">
      <label htmlFor="import-file" className="block font-medium">
        Exported assessment (.json)
      </label>
      <input
        id="import-file"
        name="file"
        type="file"
        accept="application/json,.json"
        className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:font-medium"
      />
      {error && <FormAlert>{error}</FormAlert>}
      {imported && (
        <FormAlert tone="success">
          Imported.{" "}
          <Link href={`/assessments/${imported}/results` as Route} className="underline">
            Open its results
          </Link>
        </FormAlert>
      )}
      <button type="submit" className={buttonClass} disabled={busy}>
        {busy ? "Importing…" : "Import"}
      </button>
    </form>
  );
}
