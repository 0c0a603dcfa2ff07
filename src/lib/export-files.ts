/**
 * One naming scheme for every download: `<subject>-<what>-<YYYY-MM-DD>.<extension>`, lower-case ASCII
 * words joined by hyphens ("credit-risk-results-2026-07-13.pdf"), so that the files of several teams
 * sort by team and then by date in a folder, and no header or file system has to escape anything.
 */
export function exportFileName(
  subject: string,
  what: string,
  date: Date,
  extension: "csv" | "json" | "pdf",
): string {
  return `${[slug(subject) || "export", slug(what), isoDate(date)].filter(Boolean).join("-")}.${extension}`;
}

/** The one date format of every export: ISO 8601 calendar date in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The `Content-Disposition` of a download; the name is already safe by construction. */
export function attachment(filename: string): string {
  return `attachment; filename="${filename}"`;
}

function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}
