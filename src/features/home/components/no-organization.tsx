import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** A signed-in user in no organisation yet: create one (the form is the children), or wait for an invitation link. */
export function NoOrganization({ children }: { children: ReactNode }) {
  return (
    <Card as="section" padding="lg" aria-labelledby="start-heading" className="max-w-xl space-y-3">
      <h2 id="start-heading" className="text-xl font-semibold">
        Create your organisation
      </h2>
      <p className="text-slate-700">
        You are not in an organisation yet. Create one to add teams and invite their leads, or open the
        invitation link an admin sent you.
      </p>
      {children}
    </Card>
  );
}
