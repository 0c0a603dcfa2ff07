"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form";
import { TextLink } from "@/components/ui/text-link";
import { callApi } from "@/lib/api-client";
import { showFailure, useZodForm } from "@/lib/form";
import { paths } from "@/lib/paths";

/** Imports an assessment exported as JSON (from this organisation, another one or another installation). */
export function ImportForm({ organizationId }: { organizationId: string }) {
  const router = useRouter();
  const form = useZodForm(() => import("../schemas").then((m) => m.importFileSchema), {});
  const { errors, isSubmitting } = form.formState;
  const [imported, setImported] = useState<string | null>(null);

  async function upload({ file }: { file: FileList }) {
    setImported(null);
    let body: unknown;
    try {
      body = JSON.parse((await file.item(0)?.text()) ?? "");
    } catch {
      form.setError("file", {
        message: "This file is not JSON: choose a file made by “Export JSON” on a results page.",
      });
      return;
    }
    const result = await callApi(paths.api.imports(organizationId), {
      body,
      reply: () => import("../schemas").then((m) => m.importedReply),
    });
    if (!result.ok) return showFailure(form, result);
    setImported(result.data.assessmentId);
    router.refresh();
  }

  return (
    <form
      method="post"
      noValidate
      onSubmit={(event) => void form.handleSubmit(upload)(event)}
      className="space-y-3"
      aria-label="Import an assessment"
    >
      <label htmlFor="import-file" className="block font-medium">
        Exported assessment (.json)
      </label>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        aria-invalid={errors.file ? true : undefined}
        aria-describedby={errors.file ? "import-file-error" : undefined}
        className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:font-medium"
        {...form.register("file")}
      />
      {errors.file?.message && <FormAlert id="import-file-error">{errors.file.message}</FormAlert>}
      {errors.root?.server && <FormAlert>{errors.root.server.message}</FormAlert>}
      {imported && (
        <FormAlert tone="success">
          Imported.{" "}
          <TextLink href={paths.results(imported)} look="inherit">
            Open its results
          </TextLink>
        </FormAlert>
      )}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Importing…" : "Import"}
      </Button>
    </form>
  );
}
