import { PageTitle } from "@/components/ui/page-header";

const WHY = {
  used: "It was already used: each link works once.",
  expired: "It has expired.",
  missing: "The link is not valid: check that it was copied whole.",
} as const;

/** A link that was used, has expired, or never existed: what happened, and whom to ask. */
export function UnusableInvitation({ state }: { state: "used" | "expired" | "open" | null }) {
  const why = state === "used" || state === "expired" ? WHY[state] : WHY.missing;
  return (
    <section className="max-w-xl space-y-3">
      <PageTitle>This invitation cannot be used</PageTitle>
      <p className="text-slate-700">{why} Ask an admin of the organisation for a new link.</p>
    </section>
  );
}
