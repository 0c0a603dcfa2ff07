"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/form";
import { callApi } from "@/lib/api-client";
import { showFailure, useZodForm } from "@/lib/form";
import { paths } from "@/lib/paths";
import type { organizationSettingsSchema } from "../schemas";

/** How long an answer stays fresh: a retake asks the lead to confirm answers older than this. */
export function ReviewCadenceForm({ organizationId, days }: { organizationId: string; days: number }) {
  const router = useRouter();
  const form = useZodForm(() => import("../schemas").then((m) => m.organizationSettingsSchema), {
    reviewCadenceDays: days,
  });
  const { errors, isSubmitting } = form.formState;
  const [saved, setSaved] = useState(false);

  async function save(input: z.output<typeof organizationSettingsSchema>) {
    setSaved(false);
    const result = await callApi(paths.api.organizationSettings(organizationId), {
      method: "PATCH",
      body: input,
      reply: () => import("../schemas").then((m) => m.organizationSettingsSchema),
    });
    if (!result.ok) return showFailure(form, result);
    setSaved(true);
    router.refresh();
  }

  return (
    <form
      method="post"
      noValidate
      onSubmit={(event) => void form.handleSubmit(save)(event)}
      className="max-w-md space-y-3"
      aria-label="Review cadence"
    >
      <TextField
        label="Answers are due for review after (days)"
        hint="When a team retakes its assessment, answers last confirmed longer ago than this ask to be confirmed again."
        type="number"
        min={30}
        max={730}
        required
        {...form.register("reviewCadenceDays")}
        error={errors.reviewCadenceDays?.message}
      />
      {errors.root?.server && <FormAlert>{errors.root.server.message}</FormAlert>}
      {saved && !errors.root?.server && <FormAlert tone="success">Saved.</FormAlert>}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
