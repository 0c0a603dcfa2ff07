import "server-only";
import { databaseTarget } from "@/lib/env";
import { OIDC_PROVIDER_ID, singleSignOnName } from "@/server/auth/auth";
import { DEMO_PASSWORD, DEMO_USERS } from "@/server/seed/demo-people";

export interface DemoAccount {
  email: string;
  name: string;
  role: string;
}

/** The demo users and their password, on the embedded demo database only (never on a real server). */
export function demoAccounts(): { password: string; accounts: DemoAccount[] } | null {
  if (databaseTarget().kind !== "pglite") return null;
  return {
    password: DEMO_PASSWORD,
    accounts: DEMO_USERS.map((user) => ({
      email: user.email,
      name: user.name,
      role:
        user.orgRole !== "member"
          ? `${user.orgRole} of the organisation`
          : user.teams.map((t) => `${t.role} of ${t.slug.replace(/-/g, " ")}`).join(", "),
    })),
  };
}

export function singleSignOn(): { providerId: string; name: string } | null {
  const name = singleSignOnName();
  return name ? { providerId: OIDC_PROVIDER_ID, name } : null;
}
