import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { ResetPasswordForm } from "@/features/auth/components/reset-password-form";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string; error?: string }>;
}) {
  const { token, error } = await searchParams;
  return (
    <section className="max-w-md space-y-4">
      <PageTitle>Choose a new password</PageTitle>
      {token && !error ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="text-slate-700">
          This reset link is not valid any more (it works once, for one hour).{" "}
          <TextLink href={paths.forgotPassword()}>Ask for a new one</TextLink>.
        </p>
      )}
    </section>
  );
}
