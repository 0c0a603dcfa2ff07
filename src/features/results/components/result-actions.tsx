import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { DownloadLink, TextLink } from "@/components/ui/text-link";
import { paths } from "@/lib/paths";

/** Under the verdict: retake (for leads; `start` is the button), the PDF in both paper sizes, the JSON export, the team's history. */
export function ResultActions({
  assessmentId,
  teamId,
  lens,
  start,
}: {
  assessmentId: string;
  teamId: string;
  lens: string;
  start: ReactNode;
}) {
  const secondary = buttonVariants({ variant: "secondary", size: "sm" });
  return (
    <div className="flex flex-wrap items-center gap-3 pt-2 text-sm">
      {start}
      <a href={paths.api.reportPdf(assessmentId, { lens })} className={secondary} download>
        PDF report (A4)
      </a>
      <a href={paths.api.reportPdf(assessmentId, { lens, paper: "letter" })} className={secondary} download>
        PDF report (US Letter)
      </a>
      <DownloadLink href={paths.api.exportJson(assessmentId)}>Export JSON</DownloadLink>
      <TextLink href={paths.team(teamId)}>Team history</TextLink>
    </div>
  );
}
