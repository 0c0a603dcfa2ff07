import { attachment } from "./export-files";

/**
 * CSV as RFC 4180 (comma, CRLF, quotes doubled), safe to open in a spreadsheet: a cell that starts
 * with = + - @ (or a tab or carriage return) gets a leading apostrophe, so it is never run as a
 * formula; plain numbers such as -0.43 stay numbers.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return csvLines([header, ...rows]);
}

/** Rows as CSV lines, each ending in CRLF (what toCsv writes after its header): for a body written in parts. */
export function csvLines(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(cell).join(",") + "\r\n").join("");
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text))
    text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV download; the body may be a stream written as the rows are read. */
export function csvResponse(filename: string, body: string | ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachment(filename),
      "cache-control": "private, no-store",
    },
  });
}
