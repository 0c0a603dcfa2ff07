"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select";
import { callApi } from "@/lib/api-client";
import { formatOwnershipModel, formatStructure } from "@/lib/format";
import { showFailure, useZodForm } from "@/lib/form";
import { paths } from "@/lib/paths";
import type { createTeamSchema } from "../schemas";

const OWNERSHIP = ["end_to_end", "shared", "hand_off"] as const;
const STRUCTURE = ["embedded", "hub_and_spoke", "centralised"] as const;
const EMPTY = { name: "", businessUnit: "", ownershipModel: "shared", structure: "embedded" } as const;

export function CreateTeamForm({ organizationId }: { organizationId: string }) {
  const router = useRouter();
  const form = useZodForm(() => import("../schemas").then((m) => m.createTeamSchema), EMPTY);
  const { errors, isSubmitting } = form.formState;
  const [created, setCreated] = useState<string | null>(null);

  async function create(team: z.output<typeof createTeamSchema>) {
    setCreated(null);
    const result = await callApi(paths.api.teams(organizationId), {
      body: team,
      reply: () => import("../schemas").then((m) => m.doneReply),
    });
    if (!result.ok) return showFailure(form, result);
    setCreated(team.name);
    form.reset(EMPTY);
    router.refresh();
  }

  return (
    <form
      method="post"
      noValidate
      onSubmit={(event) => void form.handleSubmit(create)(event)}
      className="grid gap-3 sm:grid-cols-2"
      aria-label="Add a team"
    >
      <TextField
        label="Team name"
        required
        maxLength={80}
        {...form.register("name")}
        error={errors.name?.message}
      />
      <TextField
        label="Business unit"
        required
        maxLength={80}
        {...form.register("businessUnit")}
        error={errors.businessUnit?.message}
      />
      <SelectField
        label="Who runs its models in production"
        options={OWNERSHIP.map((o) => [o, formatOwnershipModel(o)] as const)}
        {...form.register("ownershipModel")}
      />
      <SelectField
        label="How the team is organised"
        options={STRUCTURE.map((s) => [s, formatStructure(s)] as const)}
        {...form.register("structure")}
      />
      <div className="space-y-2 sm:col-span-2">
        {errors.root?.server && <FormAlert>{errors.root.server.message}</FormAlert>}
        {created && !errors.root?.server && <FormAlert tone="success">{created} was added.</FormAlert>}
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Adding…" : "Add team"}
        </Button>
      </div>
    </form>
  );
}
