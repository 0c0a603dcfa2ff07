import type { Metadata, Route } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { demoAccounts, singleSignOn } from "@/features/auth/queries";
import { getViewer } from "@/features/auth/session";
import { safeReturnPath } from "@/lib/api-client";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await getViewer()) redirect(next as Route);
  const demo = demoAccounts();
  return (
    <div className="grid gap-10 md:grid-cols-2">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">Sign in</h1>
        <SignInForm next={next} singleSignOn={singleSignOn()} />
      </section>
      {demo && (
        <section aria-labelledby="demo-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="demo-heading" className="text-xl font-semibold">
            Demo accounts
          </h2>
          <p className="text-slate-700">
            This is the demo database of Northwind Labs. Every account&apos;s password is <code className="rounded bg-slate-100 px-1 font-semibold">{demo.password}</code>.
          </p>
          <ul className="divide-y divide-slate-200 text-sm">
            {demo.accounts.map((account) => (
              <li key={account.email} className="py-2">
                <code className="font-semibold">{account.email}</code>
                <span className="block text-slate-600">
                  {account.name}, {account.role}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
