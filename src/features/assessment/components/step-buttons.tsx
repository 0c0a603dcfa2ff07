import { Button } from "@/components/ui/button";

type Step = { id: string; title: string };

/** Previous and Next under a step, each naming where it leads. */
export function StepButtons({
  previous,
  next,
  onGo,
}: {
  previous: Step | null;
  next: Step | null;
  onGo: (step: string) => void;
}) {
  return (
    <nav aria-label="Steps" className="flex flex-wrap justify-between gap-3 border-t border-slate-200 pt-4">
      {previous ? (
        <Button variant="secondary" onClick={() => onGo(previous.id)}>
          <span aria-hidden="true">← </span>Previous
          <span className="sr-only sm:not-sr-only">: {previous.title}</span>
        </Button>
      ) : (
        <span />
      )}
      {next && (
        <Button onClick={() => onGo(next.id)}>
          Next: {next.title}
          <span aria-hidden="true"> →</span>
        </Button>
      )}
    </nav>
  );
}
