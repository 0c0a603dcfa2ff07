"use client";

import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass, FormAlert, onSubmitKeepingValues, secondaryButtonClass, TextField } from "@/components/ui/form";
import { callApi, safeReturnPath } from "@/lib/api-client";
import { ACCOUNT_LOCKED } from "@/lib/auth-codes";

export function SignInForm({ next, singleSignOn }: { next: string; singleSignOn: { providerId: string; name: string } | null }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [locked, setLocked] = useState(false);
  const returnTo = safeReturnPath(next);

  async function signIn(form: FormData) {
    setBusy(true);
    setError(null);
    const result = await callApi("/api/auth/sign-in/email", { body: { email: form.get("email"), password: form.get("password") } });
    if (result.ok) {
      router.replace(returnTo as Route);
      router.refresh();
      return;
    }
    setBusy(false);
    setLocked(result.code === ACCOUNT_LOCKED);
    setError(result.status === 401 ? "The e-mail or the password is wrong." : result.message);
  }

  async function signInWithProvider(providerId: string) {
    setBusy(true);
    // better-auth 1.7 serves generic OAuth providers through its social sign-in (/sign-in/oauth2 is gone).
    const result = await callApi<{ url: string }>("/api/auth/sign-in/social", { body: { provider: providerId, callbackURL: returnTo } });
    if (result.ok) {
      window.location.assign(result.data.url);
      return;
    }
    setBusy(false);
    setError(result.message);
  }

  return (
    <div className="space-y-5">
      <form method="post" onSubmit={onSubmitKeepingValues((values) => void signIn(values))} className="space-y-4" aria-label="Sign in">
        <TextField label="E-mail" name="email" type="email" autoComplete="email" required />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        {error && (
          <FormAlert>
            {error}
            {locked && (
              <>
                {" "}
                <Link href="/forgot-password" className="font-semibold underline">
                  Reset your password
                </Link>
              </>
            )}
          </FormAlert>
        )}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass} disabled={busy}>
            {busy ? "Signing in…" : "Sign in"}
          </button>
          <Link href="/forgot-password" className="text-brand-700 underline">
            Forgot your password?
          </Link>
        </div>
      </form>
      {singleSignOn && (
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => void signInWithProvider(singleSignOn.providerId)}>
          Sign in with {singleSignOn.name}
        </button>
      )}
      <p className="text-slate-700">
        New here?{" "}
        <Link href={`/sign-up${returnTo === "/" ? "" : `?next=${encodeURIComponent(returnTo)}`}` as Route} className="text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
