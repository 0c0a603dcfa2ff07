"use client";

import { useState } from "react";
import { buttonClass, FormAlert, onSubmitKeepingValues, TextField } from "@/components/ui/form";
import { callApi } from "@/lib/api-client";

export function ForgotPasswordForm() {
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function request(form: FormData) {
    setBusy(true);
    setError(null);
    const result = await callApi("/api/auth/request-password-reset", { body: { email: form.get("email"), redirectTo: "/reset-password" } });
    setBusy(false);
    if (result.ok) setSent(true);
    else setError(result.message);
  }

  if (sent) {
    return <FormAlert tone="success">If an account uses this e-mail, a link to choose a new password is on its way. It works for one hour.</FormAlert>;
  }
  return (
    <form method="post" onSubmit={onSubmitKeepingValues((values) => void request(values))} className="space-y-4" aria-label="Reset your password">
      <TextField label="E-mail" name="email" type="email" autoComplete="email" required />
      {error && <FormAlert>{error}</FormAlert>}
      <button type="submit" className={buttonClass} disabled={busy}>
        {busy ? "Sending…" : "Send me a reset link"}
      </button>
    </form>
  );
}
