import { PageTitle } from "@/components/ui/page-header";

/** A draft seen by someone who may read but not change it (a member, a manager): who is filling it in, how far. */
export function ReadOnlyDraft({ teamName, answered }: { teamName: string; answered: number }) {
  return (
    <div className="space-y-4">
      <PageTitle>{teamName}: assessment in progress</PageTitle>
      <p className="max-w-2xl text-slate-700" data-testid="read-only-draft">
        A lead of {teamName} is filling in this assessment ({answered} answers saved so far). Only the
        team&apos;s leads can change it; its results appear here once it is submitted.
      </p>
    </div>
  );
}
