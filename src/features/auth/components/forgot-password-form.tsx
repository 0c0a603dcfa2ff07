"use client";

import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/form";
import { authCall } from "@/lib/auth-client";
import { showFailure, useZodForm } from "@/lib/form";
import { paths } from "@/lib/paths";

export function ForgotPasswordForm() {
  const form = useZodForm(() => import("../schemas").then((m) => m.forgotPasswordSchema), { email: "" });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;

  async function request({ email }: { email: string }) {
    const result = await authCall((client) =>
      client.requestPasswordReset({ email, redirectTo: paths.resetPassword() }),
    );
    if (!result.ok) showFailure(form, result);
  }

  if (isSubmitSuccessful) {
    return (
      <FormAlert tone="success">
        If an account uses this e-mail, a link to choose a new password is on its way. It works for one hour.
      </FormAlert>
    );
  }
  return (
    <form
      method="post"
      noValidate
      onSubmit={(event) => void form.handleSubmit(request)(event)}
      className="space-y-4"
      aria-label="Reset your password"
    >
      <TextField
        label="E-mail"
        type="email"
        autoComplete="email"
        required
        {...form.register("email")}
        error={errors.email?.message}
      />
      {errors.root?.server && <FormAlert>{errors.root.server.message}</FormAlert>}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Sending…" : "Send me a reset link"}
      </Button>
    </form>
  );
}
