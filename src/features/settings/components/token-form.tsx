"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select";
import { callApi } from "@/lib/api-client";
import { showFailure, useZodForm } from "@/lib/form";
import { paths } from "@/lib/paths";
import type { createTokenSchema } from "../schemas";

interface TeamChoice {
  id: string;
  name: string;
  organization: string;
  leads: boolean;
}

/**
 * Makes a personal access token for one team. The secret is shown once, here, with the commands
 * that use it (the scanner from this app, posting to the team); only its hash is kept.
 */
export function TokenForm({ teams, appUrl }: { teams: TeamChoice[]; appUrl: string }) {
  const router = useRouter();
  const form = useZodForm(() => import("../schemas").then((m) => m.createTokenSchema), {
    name: "",
    teamId: teams[0]?.id ?? "",
    scopes: ["results:read"],
    expiresInDays: 90,
  });
  const { errors, isSubmitting } = form.formState;
  const [created, setCreated] = useState<{ token: string; teamId: string; expiresAt: string } | null>(null);

  async function create(input: z.output<typeof createTokenSchema>) {
    setCreated(null);
    const result = await callApi(paths.api.tokens(), {
      body: input,
      reply: () => import("../schemas").then((m) => m.createdTokenReply),
    });
    if (!result.ok) return showFailure(form, result);
    setCreated({ token: result.data.token, teamId: input.teamId, expiresAt: result.data.expiresAt });
    form.reset({ ...form.getValues(), name: "" });
    router.refresh();
  }

  const teamUrl = created ? `${appUrl}${paths.team(created.teamId)}` : "";
  return (
    <div className="space-y-4">
      <form
        method="post"
        noValidate
        onSubmit={(event) => void form.handleSubmit(create)(event)}
        className="grid gap-3 sm:grid-cols-2"
        aria-label="Make a token"
      >
        <TextField
          label="Name"
          hint="Where it is used, such as “CI of the churn model”."
          required
          maxLength={80}
          {...form.register("name")}
          error={errors.name?.message}
        />
        <SelectField
          label="Team"
          options={teams.map((t) => [t.id, `${t.name} (${t.organization})`] as const)}
          {...form.register("teamId")}
        />
        <fieldset className="space-y-1 sm:col-span-2">
          <legend className="font-medium">It may</legend>
          <label className="flex items-center gap-2">
            <input type="checkbox" value="results:read" {...form.register("scopes")} className="size-4" />{" "}
            read the team&apos;s assessments and results
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" value="evidence:write" {...form.register("scopes")} className="size-4" />{" "}
            post evidence from the team&apos;s repositories (leads of the team only)
          </label>
          {errors.scopes?.message && <p className="text-sm text-red-700">{errors.scopes.message}</p>}
        </fieldset>
        <SelectField
          label="Expires after"
          options={
            [
              ["30", "30 days"],
              ["90", "90 days"],
              ["180", "180 days"],
              ["365", "a year"],
            ] as const
          }
          {...form.register("expiresInDays")}
        />
        <div className="space-y-2 sm:col-span-2">
          {errors.root?.server && <FormAlert>{errors.root.server.message}</FormAlert>}
          <Button type="submit" disabled={isSubmitting || teams.length === 0}>
            {isSubmitting ? "Making…" : "Make token"}
          </Button>
        </div>
      </form>
      {created && (
        <div
          className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm"
          data-testid="new-token"
        >
          <p className="font-medium">Copy the token now: it is not shown again.</p>
          <p>
            <code
              className="block overflow-x-auto rounded bg-white px-2 py-1 font-mono break-all"
              data-testid="token-secret"
            >
              {created.token}
            </code>
          </p>
          <p>In a CI job, with the token as the secret MATURITY_TOKEN:</p>
          <pre className="overflow-x-auto rounded bg-white px-2 py-1 font-mono text-xs">
            {`curl -fsSL ${appUrl}${paths.files.scanner()} -o scan.mjs\nnode scan.mjs . --post ${teamUrl}`}
          </pre>
        </div>
      )}
    </div>
  );
}
