"use client";

import Link from "next/link";
import { useState } from "react";
import { buttonClass, FormAlert, onSubmitKeepingValues, TextField } from "@/components/ui/form";
import { callApi } from "@/lib/api-client";
import { MIN_PASSWORD_LENGTH } from "./sign-up-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function reset(form: FormData) {
    setBusy(true);
    setError(null);
    const result = await callApi("/api/auth/reset-password", { body: { newPassword: form.get("password"), token } });
    setBusy(false);
    if (result.ok) setDone(true);
    else setError(result.status === 400 ? "This reset link is not valid any more. Ask for a new one." : result.message);
  }

  if (done) {
    return (
      <FormAlert tone="success">
        Your password is changed and every other session is signed out.{" "}
        <Link href="/sign-in" className="underline">
          Sign in
        </Link>
      </FormAlert>
    );
  }
  return (
    <form method="post" onSubmit={onSubmitKeepingValues((values) => void reset(values))} className="space-y-4" aria-label="Choose a new password">
      <TextField label="New password" name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} maxLength={128} hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} />
      {error && <FormAlert>{error}</FormAlert>}
      <button type="submit" className={buttonClass} disabled={busy}>
        {busy ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
