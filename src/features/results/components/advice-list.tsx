import { Card } from "@/components/ui/card";
import type { ResultView } from "../view";

/** Advice for the team's context (batch or online, regulated, platform…), one card each. */
export function AdviceList({ advice }: { advice: ResultView["advice"] }) {
  return (
    <ul className="space-y-2">
      {advice.map((a) => (
        <Card as="li" key={a.title}>
          <p className="font-medium">{a.title}</p>
          <p className="mt-1 text-sm text-slate-700">{a.advice}</p>
        </Card>
      ))}
    </ul>
  );
}
