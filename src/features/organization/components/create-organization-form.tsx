"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/form";
import { callApi } from "@/lib/api-client";
import { showFailure, useZodForm } from "@/lib/form";
import { paths } from "@/lib/paths";

export function CreateOrganizationForm() {
  const router = useRouter();
  const form = useZodForm(() => import("../schemas").then((m) => m.createOrganizationSchema), { name: "" });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const busy = isSubmitting || isSubmitSuccessful;

  async function create(input: { name: string }) {
    const result = await callApi(paths.api.organizations(), {
      body: input,
      reply: () => import("../schemas").then((m) => m.createdOrganizationReply),
    });
    if (!result.ok) return showFailure(form, result);
    router.push(paths.organization(result.data.id));
    router.refresh();
  }

  return (
    <form
      method="post"
      noValidate
      onSubmit={(event) => void form.handleSubmit(create)(event)}
      className="space-y-3"
      aria-label="Create an organisation"
    >
      <TextField
        label="Organisation name"
        required
        maxLength={80}
        {...form.register("name")}
        error={errors.name?.message}
      />
      {errors.root?.server && <FormAlert>{errors.root.server.message}</FormAlert>}
      <Button type="submit" disabled={busy}>
        {busy ? "Creating…" : "Create organisation"}
      </Button>
    </form>
  );
}
