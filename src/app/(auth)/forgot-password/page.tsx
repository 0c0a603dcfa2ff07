import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-header";
import { ForgotPasswordForm } from "@/features/auth/components/forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <section className="max-w-md space-y-4">
      <PageTitle>Reset your password</PageTitle>
      <p className="text-slate-700">We will send a link to choose a new password to your e-mail address.</p>
      <ForgotPasswordForm />
    </section>
  );
}
