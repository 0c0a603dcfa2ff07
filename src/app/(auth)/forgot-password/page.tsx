import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { ForgotPasswordForm } from "@/features/auth/components/forgot-password-form";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <section className="max-w-md space-y-4">
      <PageTitle>Reset your password</PageTitle>
      <p className="text-slate-700">We will send a link to choose a new password to your e-mail address.</p>
      <ForgotPasswordForm />
      <p className="text-slate-700">
        Remembered it? <TextLink href={paths.signIn()}>Back to sign in</TextLink>
      </p>
    </section>
  );
}
