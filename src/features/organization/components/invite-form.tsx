"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormAlert, Input } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select";
import { callApi } from "@/lib/api-client";
import { formatDate } from "@/lib/format";
import { showFailure, useZodForm } from "@/lib/form";
import { paths } from "@/lib/paths";
import type { createInvitationSchema } from "../schemas";

const ROLES = [
  ["member", "Member (sees their teams)"],
  ["manager", "Manager (sees every team)"],
  ["admin", "Admin (manages the organisation)"],
] as const;
const TEAM_ROLES = [
  ["lead", "Lead (takes the assessments)"],
  ["member", "Member (reads the results)"],
] as const;
const LIFETIMES = [
  ["1", "1 day"],
  ["7", "7 days"],
  ["30", "30 days"],
] as const;

/** Makes an invitation link: an organisation role, optionally a team and the role in it, and how long it lasts. */
export function InviteForm({
  organizationId,
  teams,
}: {
  organizationId: string;
  teams: { id: string; name: string }[];
}) {
  const router = useRouter();
  const form = useZodForm(() => import("../schemas").then((m) => m.createInvitationSchema), {
    role: "member",
    teamId: teams[0]?.id ?? null,
    teamRole: "lead",
    expiresInDays: 7,
  });
  const { errors, isSubmitting } = form.formState;
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [copied, setCopied] = useState(false);

  async function create(input: z.output<typeof createInvitationSchema>) {
    setCopied(false);
    const body = { ...input, teamRole: input.teamId ? input.teamRole : null };
    const result = await callApi(paths.api.invitations(organizationId), {
      body,
      reply: () => import("../schemas").then((m) => m.invitationLinkReply),
    });
    if (!result.ok) return showFailure(form, result);
    setLink(result.data);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <form
        method="post"
        noValidate
        onSubmit={(event) => void form.handleSubmit(create)(event)}
        className="grid gap-3 sm:grid-cols-2"
        aria-label="Invite someone"
      >
        <SelectField label="Role in the organisation" options={ROLES} {...form.register("role")} />
        <SelectField
          label="Team"
          options={[["", "No team"], ...teams.map((t) => [t.id, t.name] as const)]}
          {...form.register("teamId", { setValueAs: (v: string | null) => v || null })}
        />
        <SelectField label="Role in the team" options={TEAM_ROLES} {...form.register("teamRole")} />
        <SelectField
          label="The link works for"
          options={LIFETIMES}
          {...form.register("expiresInDays", { valueAsNumber: true })}
        />
        <div className="sm:col-span-2">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Creating…" : "Create invitation link"}
          </Button>
        </div>
      </form>
      {(errors.root?.server ?? errors.teamId ?? errors.expiresInDays) && (
        <FormAlert>{(errors.root?.server ?? errors.teamId ?? errors.expiresInDays)?.message}</FormAlert>
      )}
      {link && (
        <div className="space-y-2 rounded-md border border-emerald-300 bg-emerald-50 p-3" role="status">
          <p className="text-sm text-emerald-900">
            Send this link to the person you invite. It is shown only now and works once, until{" "}
            {formatDate(new Date(link.expiresAt))}.
          </p>
          <p className="flex flex-wrap items-center gap-2">
            <Input
              readOnly
              aria-label="Invitation link"
              value={link.url}
              size="code"
              className="sm:flex-1"
              data-testid="invitation-url"
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button
              variant="secondary"
              size="sm"
              onClick={() =>
                void navigator.clipboard?.writeText(link.url).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? "Copied" : "Copy link"}
            </Button>
          </p>
        </div>
      )}
    </div>
  );
}
