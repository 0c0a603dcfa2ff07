import { attachment } from "./export-files";
import { AppError, HTTP_STATUS } from "./errors";
import { notFound } from "./route";

/** ?paper=letter gives US Letter; anything else A4. */
export function paperSizeOf(value: string | null): "A4" | "LETTER" {
  return value?.toLowerCase() === "letter" ? "LETTER" : "A4";
}

export function pdfResponse(filename: string, pdf: Buffer): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachment(filename),
      "cache-control": "private, no-store",
    },
  });
}

/**
 * A PDF route's answer: the report, "not found" when there is none for this viewer, or the
 * expected failure's message (e.g. too many reports being made at once).
 */
export async function pdfOrFailure(
  make: () => Promise<{ pdf: Buffer; filename: string } | null>,
  missing: string,
): Promise<Response> {
  try {
    const report = await make();
    return report ? pdfResponse(report.filename, report.pdf) : notFound(missing);
  } catch (error) {
    if (error instanceof AppError)
      return Response.json({ ok: false, message: error.userMessage }, { status: HTTP_STATUS[error.code] });
    throw error;
  }
}
