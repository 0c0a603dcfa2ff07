"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/form";
import { TextLink } from "@/components/ui/text-link";
import { authCall } from "@/lib/auth-client";
import { showFailure, useZodForm } from "@/lib/form";
import { paths, type PagePath } from "@/lib/paths";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/domain/text-limits";
import type { SignUpInput } from "../schemas";

export function SignUpForm({ returnTo }: { returnTo: PagePath }) {
  const router = useRouter();
  const form = useZodForm(() => import("../schemas").then((m) => m.signUpSchema), {
    name: "",
    email: "",
    password: "",
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const busy = isSubmitting || isSubmitSuccessful;

  async function signUp(input: SignUpInput) {
    const result = await authCall((client) => client.signUp.email(input));
    if (result.ok) {
      router.replace(returnTo);
      router.refresh();
      return;
    }
    showFailure(
      form,
      result,
      result.status === 422
        ? "An account with this e-mail already exists. Sign in instead, or reset its password."
        : result.message,
    );
  }

  return (
    <form
      method="post"
      noValidate
      onSubmit={(event) => void form.handleSubmit(signUp)(event)}
      className="space-y-4"
      aria-label="Create an account"
    >
      <TextField
        label="Your name"
        autoComplete="name"
        required
        maxLength={80}
        {...form.register("name")}
        error={errors.name?.message}
      />
      <TextField
        label="E-mail"
        type="email"
        autoComplete="email"
        required
        {...form.register("email")}
        error={errors.email?.message}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        maxLength={MAX_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        {...form.register("password")}
        error={errors.password?.message}
      />
      {errors.root?.server && <FormAlert>{errors.root.server.message}</FormAlert>}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={busy}>
          {busy ? "Creating your account…" : "Create account"}
        </Button>
        <TextLink href={paths.signIn(returnTo)}>I already have an account</TextLink>
      </div>
    </form>
  );
}
