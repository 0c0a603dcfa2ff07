import { PageTitle } from "@/components/ui/page-header";

/** What the product does, for a first visit (no team of the viewer has been assessed yet). */
export function Introduction() {
  return (
    <section className="space-y-3">
      <PageTitle>How mature is your MLOps?</PageTitle>
      <p className="max-w-2xl text-lg text-slate-700">
        Rate your team&apos;s Data, Model and Code practice on levels L0–L4 in about twenty minutes. See which
        production risks your current level leaves open, and get an ordered plan for the next step.
      </p>
    </section>
  );
}
