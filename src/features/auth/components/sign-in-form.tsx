"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/form";
import { TextLink } from "@/components/ui/text-link";
import { authCall } from "@/lib/auth-client";
import { ACCOUNT_LOCKED } from "@/lib/auth-codes";
import { showFailure, useZodForm } from "@/lib/form";
import { paths, type PagePath } from "@/lib/paths";
import { useAction } from "@/lib/use-action";
import type { DemoAccount } from "../queries";
import type { SignInInput } from "../schemas";
import { DemoAccounts } from "./demo-accounts";

/**
 * The sign-in form, and beside it the demo accounts on the demo database (a click fills the form).
 * `returnTo` is a checked page path (paths.returnPath): where the user was going.
 */
export function SignInForm({
  returnTo,
  singleSignOn,
  demo,
  title,
}: {
  returnTo: PagePath;
  singleSignOn: { providerId: string; name: string } | null;
  demo: { password: string; accounts: DemoAccount[] } | null;
  title: React.ReactNode;
}) {
  const router = useRouter();
  const form = useZodForm(() => import("../schemas").then((m) => m.signInSchema), {
    email: "",
    password: "",
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const [locked, setLocked] = useState(false);
  const submitButton = useRef<HTMLButtonElement>(null);
  const provider = useAction();
  const busy = isSubmitting || isSubmitSuccessful || provider.busy;

  async function signIn(input: SignInInput) {
    const result = await authCall((client) => client.signIn.email(input));
    if (result.ok) {
      router.replace(returnTo);
      router.refresh();
      return;
    }
    setLocked(result.code === ACCOUNT_LOCKED);
    showFailure(
      form,
      result,
      result.status === 401 ? "The e-mail or the password is wrong." : result.message,
    );
  }

  // better-auth 1.7 serves generic OAuth providers through its social sign-in (/sign-in/oauth2 is gone).
  const signInWithProvider = (providerId: string) =>
    provider.run(
      () =>
        authCall((client) =>
          client.signIn.social({ provider: providerId, callbackURL: returnTo, disableRedirect: true }),
        ),
      {
        keepBusy: true,
        onSuccess: (data) => {
          if (data.url) window.location.assign(data.url);
        },
      },
    );

  const fillWith = (account: SignInInput) => {
    form.setValue("email", account.email);
    form.setValue("password", account.password);
    form.clearErrors();
    submitButton.current?.focus();
  };

  const error = errors.root?.server?.message ?? provider.error;
  return (
    <>
      <section className="space-y-5">
        {title}
        <form
          method="post"
          noValidate
          onSubmit={(event) => void form.handleSubmit(signIn)(event)}
          className="space-y-4"
          aria-label="Sign in"
        >
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
            autoComplete="current-password"
            required
            {...form.register("password")}
            error={errors.password?.message}
          />
          {error && (
            <FormAlert>
              {error}
              {locked && (
                <>
                  {" "}
                  <TextLink href={paths.forgotPassword()} look="inherit" className="font-semibold">
                    Reset your password
                  </TextLink>
                </>
              )}
            </FormAlert>
          )}
          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit" disabled={busy} ref={submitButton}>
              {isSubmitting || isSubmitSuccessful ? "Signing in…" : "Sign in"}
            </Button>
            <TextLink href={paths.forgotPassword()}>Forgot your password?</TextLink>
          </div>
        </form>
        {singleSignOn && (
          <Button
            variant="secondary"
            size="sm"
            disabled={busy}
            onClick={() => void signInWithProvider(singleSignOn.providerId)}
          >
            Sign in with {singleSignOn.name}
          </Button>
        )}
        <p className="text-slate-700">
          New here? <TextLink href={paths.signUp(returnTo)}>Create an account</TextLink>
        </p>
      </section>
      {demo && <DemoAccounts demo={demo} onPick={fillWith} />}
    </>
  );
}
