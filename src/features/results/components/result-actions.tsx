import { buttonVariants } from "@/components/ui/button";
import { DownloadLink, TextLink } from "@/components/ui/text-link";
import { paths } from "@/lib/paths";

/**
 * This result's own actions: the PDF report (the primary action), the other downloads, and the
 * team's history. A team's draft (another assessment) is an ordinary link that can open in a new
 * tab, never the page's primary action.
 */
export function ResultActions({
  assessmentId,
  teamId,
  lens,
  draftId,
  canRetake,
}: {
  assessmentId: string;
  teamId: string;
  lens: string;
  draftId: string | null;
  canRetake: boolean;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" data-testid="result-actions">
      <a
        href={paths.api.reportPdf(assessmentId, { lens })}
        className={buttonVariants({ size: "sm" })}
        download
      >
        Download the PDF report
      </a>
      <DownloadLink href={paths.api.reportPdf(assessmentId, { lens, paper: "letter" })}>
        PDF on US Letter
      </DownloadLink>
      <DownloadLink href={paths.api.planCsv(assessmentId, lens)}>Plan as CSV</DownloadLink>
      <DownloadLink href={paths.api.exportJson(assessmentId)}>Export JSON</DownloadLink>
      <TextLink href={paths.team(teamId)}>Team history</TextLink>
      {draftId ? (
        <TextLink href={paths.assessment(draftId)}>Resume the team&apos;s draft</TextLink>
      ) : (
        canRetake && <TextLink href={paths.team(teamId)}>Retake from the team page</TextLink>
      )}
    </div>
  );
}
