import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/features/auth/components/forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <section className="max-w-md space-y-4">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Reset your password</h1>
      <p className="text-slate-700">We will send a link to choose a new password to your e-mail address.</p>
      <ForgotPasswordForm />
    </section>
  );
}
