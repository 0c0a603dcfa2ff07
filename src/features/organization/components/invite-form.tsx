"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass, FormAlert, inputClass, onSubmitKeepingValues, secondaryButtonClass } from "@/components/ui/form";
import { callApi } from "@/lib/api-client";
import { formatDate } from "@/lib/format";

/** Makes an invitation link: an organisation role, optionally a team and the role in it, and how long it lasts. */
export function InviteForm({ organizationId, teams }: { organizationId: string; teams: { id: string; name: string }[] }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [copied, setCopied] = useState(false);

  async function create(form: FormData) {
    setBusy(true);
    setError(null);
    setCopied(false);
    const teamId = String(form.get("teamId") ?? "");
    const result = await callApi<{ url: string; expiresAt: string }>(`/api/organizations/${organizationId}/invitations`, {
      body: { role: form.get("role"), teamId: teamId || null, teamRole: teamId ? form.get("teamRole") : null, expiresInDays: Number(form.get("expiresInDays")) },
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setLink(result.data);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <form method="post" onSubmit={onSubmitKeepingValues((values) => void create(values))} className="grid gap-3 sm:grid-cols-2" aria-label="Invite someone">
        <Select label="Role in the organisation" name="role" defaultValue="member" options={[["member", "Member (sees their teams)"], ["manager", "Manager (sees every team)"], ["admin", "Admin (manages the organisation)"]]} />
        <Select label="Team" name="teamId" defaultValue={teams[0]?.id ?? ""} options={[["", "No team"], ...teams.map((t): [string, string] => [t.id, t.name])]} />
        <Select label="Role in the team" name="teamRole" defaultValue="lead" options={[["lead", "Lead (takes the assessments)"], ["member", "Member (reads the results)"]]} />
        <Select label="The link works for" name="expiresInDays" defaultValue="7" options={[["1", "1 day"], ["7", "7 days"], ["30", "30 days"]]} />
        <div className="sm:col-span-2">
          <button type="submit" className={buttonClass} disabled={busy}>
            {busy ? "Creating…" : "Create invitation link"}
          </button>
        </div>
      </form>
      {error && <FormAlert>{error}</FormAlert>}
      {link && (
        <div className="space-y-2 rounded-md border border-emerald-300 bg-emerald-50 p-3" role="status">
          <p className="text-sm text-emerald-900">Send this link to the person you invite. It is shown only now and works once, until {formatDate(new Date(link.expiresAt))}.</p>
          <p className="flex flex-wrap items-center gap-2">
            <input readOnly aria-label="Invitation link" value={link.url} className={`${inputClass} font-mono text-sm sm:flex-1`} data-testid="invitation-url" onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              className={secondaryButtonClass}
              onClick={() => void navigator.clipboard?.writeText(link.url).then(() => setCopied(true), () => setCopied(false))}
            >
              {copied ? "Copied" : "Copy link"}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}

function Select({ label, name, options, defaultValue }: { label: string; name: string; options: [string, string][]; defaultValue: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`field-${name}`} className="block font-medium">
        {label}
      </label>
      <select id={`field-${name}`} name={name} defaultValue={defaultValue} className={inputClass}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
