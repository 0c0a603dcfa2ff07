import { Card } from "@/components/ui/card";
import type { DemoAccount } from "../queries";

/**
 * The embedded demo database's accounts and their shared password, beside the sign-in form; a click
 * on an account fills the form with it.
 */
export function DemoAccounts({
  demo,
  onPick,
}: {
  demo: { password: string; accounts: DemoAccount[] };
  onPick: (account: { email: string; password: string }) => void;
}) {
  return (
    <Card as="section" padding="lg" aria-labelledby="demo-heading" className="space-y-3">
      <h2 id="demo-heading" className="text-xl font-semibold">
        Demo accounts
      </h2>
      <p className="text-slate-700">
        This is the demo database of Northwind Labs. Every account&apos;s password is{" "}
        <code className="rounded bg-slate-100 px-1 font-semibold">{demo.password}</code>. Pick an account to
        fill in the form.
      </p>
      <ul className="divide-y divide-slate-200 text-sm">
        {demo.accounts.map((account) => (
          <li key={account.email}>
            <button
              type="button"
              onClick={() => onPick({ email: account.email, password: demo.password })}
              className="w-full rounded px-2 py-2 text-left hover:bg-slate-50 focus-visible:bg-slate-50"
            >
              <code className="font-semibold break-all">{account.email}</code>
              <span className="block text-slate-600">
                {account.name}, {account.role}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
