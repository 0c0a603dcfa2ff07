"use client";

import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/form";
import { TextLink } from "@/components/ui/text-link";
import { authCall } from "@/lib/auth-client";
import { showFailure, useZodForm } from "@/lib/form";
import { paths } from "@/lib/paths";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/domain/text-limits";

export function ResetPasswordForm({ token }: { token: string }) {
  const form = useZodForm(() => import("../schemas").then((m) => m.resetPasswordSchema), { password: "" });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;

  async function reset({ password }: { password: string }) {
    const result = await authCall((client) => client.resetPassword({ newPassword: password, token }));
    if (!result.ok)
      showFailure(
        form,
        result,
        result.status === 400 ? "This reset link is not valid any more. Ask for a new one." : result.message,
      );
  }

  if (isSubmitSuccessful) {
    return (
      <FormAlert tone="success">
        Your password is changed and every other session is signed out.{" "}
        <TextLink href={paths.signIn()} look="inherit">
          Sign in
        </TextLink>
      </FormAlert>
    );
  }
  return (
    <form
      method="post"
      noValidate
      onSubmit={(event) => void form.handleSubmit(reset)(event)}
      className="space-y-4"
      aria-label="Choose a new password"
    >
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        maxLength={MAX_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        {...form.register("password")}
        error={errors.password?.message}
      />
      {errors.root?.server && <FormAlert>{errors.root.server.message}</FormAlert>}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
