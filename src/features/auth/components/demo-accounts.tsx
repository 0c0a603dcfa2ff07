import { Card } from "@/components/ui/card";
import type { DemoAccount } from "../queries";

/** The embedded demo database's accounts and their shared password, beside the sign-in form. */
export function DemoAccounts({ demo }: { demo: { password: string; accounts: DemoAccount[] } }) {
  return (
    <Card as="section" padding="lg" aria-labelledby="demo-heading" className="space-y-3">
      <h2 id="demo-heading" className="text-xl font-semibold">
        Demo accounts
      </h2>
      <p className="text-slate-700">
        This is the demo database of Northwind Labs. Every account&apos;s password is{" "}
        <code className="rounded bg-slate-100 px-1 font-semibold">{demo.password}</code>.
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
    </Card>
  );
}
