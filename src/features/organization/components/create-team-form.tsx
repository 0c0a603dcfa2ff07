"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass, FormAlert, inputClass, onSubmitKeepingValues, TextField } from "@/components/ui/form";
import { callApi } from "@/lib/api-client";
import { formatOwnershipModel, formatStructure } from "@/lib/format";

const OWNERSHIP = ["end_to_end", "shared", "hand_off"] as const;
const STRUCTURE = ["embedded", "hub_and_spoke", "centralised"] as const;

export function CreateTeamForm({ organizationId }: { organizationId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  async function create(form: FormData, element: HTMLFormElement) {
    setBusy(true);
    setError(null);
    const team = { name: form.get("name"), businessUnit: form.get("businessUnit"), ownershipModel: form.get("ownershipModel"), structure: form.get("structure") };
    const result = await callApi(`/api/organizations/${organizationId}/teams`, { body: team });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setCreated(String(team.name));
    element.reset();
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmitKeepingValues((values, element) => void create(values, element))} className="grid gap-3 sm:grid-cols-2" aria-label="Add a team">
      <TextField label="Team name" name="name" required minLength={2} maxLength={80} />
      <TextField label="Business unit" name="businessUnit" required minLength={2} maxLength={80} />
      <div className="space-y-1">
        <label htmlFor="field-ownershipModel" className="block font-medium">
          Who runs its models in production
        </label>
        <select id="field-ownershipModel" name="ownershipModel" className={inputClass} defaultValue="shared">
          {OWNERSHIP.map((o) => (
            <option key={o} value={o}>
              {formatOwnershipModel(o)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="field-structure" className="block font-medium">
          How the team is organised
        </label>
        <select id="field-structure" name="structure" className={inputClass} defaultValue="embedded">
          {STRUCTURE.map((s) => (
            <option key={s} value={s}>
              {formatStructure(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-2 sm:col-span-2">
        {error && <FormAlert>{error}</FormAlert>}
        {created && !error && <FormAlert tone="success">{created} was added.</FormAlert>}
        <button type="submit" className={buttonClass} disabled={busy}>
          {busy ? "Adding…" : "Add team"}
        </button>
      </div>
    </form>
  );
}
