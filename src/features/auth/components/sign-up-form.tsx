"use client";

import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass, FormAlert, onSubmitKeepingValues, TextField } from "@/components/ui/form";
import { callApi, safeReturnPath } from "@/lib/api-client";

export const MIN_PASSWORD_LENGTH = 10;

export function SignUpForm({ next }: { next: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const returnTo = safeReturnPath(next);

  async function signUp(form: FormData) {
    setBusy(true);
    setError(null);
    const result = await callApi("/api/auth/sign-up/email", {
      body: { name: String(form.get("name") ?? "").trim(), email: form.get("email"), password: form.get("password") },
    });
    if (result.ok) {
      router.replace(returnTo as Route);
      router.refresh();
      return;
    }
    setBusy(false);
    setError(result.status === 422 ? "An account with this e-mail already exists. Sign in instead, or reset its password." : result.message);
  }

  return (
    <form method="post" onSubmit={onSubmitKeepingValues((values) => void signUp(values))} className="space-y-4" aria-label="Create an account">
      <TextField label="Your name" name="name" autoComplete="name" required minLength={2} maxLength={80} />
      <TextField label="E-mail" name="email" type="email" autoComplete="email" required />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} maxLength={128} hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} />
      {error && <FormAlert>{error}</FormAlert>}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass} disabled={busy}>
          {busy ? "Creating your account…" : "Create account"}
        </button>
        <Link href={`/sign-in${returnTo === "/" ? "" : `?next=${encodeURIComponent(returnTo)}`}` as Route} className="text-brand-700 underline">
          I already have an account
        </Link>
      </div>
    </form>
  );
}
