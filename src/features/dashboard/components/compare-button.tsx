"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { compareSelectionProblem } from "../compare-selection";

/**
 * Submits the heatmap's form to the comparison, enabled only while two to five teams are ticked;
 * beside it, why it is disabled.
 */
export function CompareButton() {
  const ref = useRef<HTMLDivElement>(null);
  const [ticked, setTicked] = useState(0);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const count = () => setTicked(form.querySelectorAll('input[name="team"]:checked').length);
    count();
    form.addEventListener("change", count);
    return () => form.removeEventListener("change", count);
  }, []);
  const problem = compareSelectionProblem(ticked);
  return (
    <div ref={ref} className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={problem !== null} aria-describedby="compare-status">
        Compare selected teams
      </Button>
      <p id="compare-status" className="text-sm text-slate-700" aria-live="polite">
        {problem ?? `${ticked} teams ticked.`}
      </p>
    </div>
  );
}
