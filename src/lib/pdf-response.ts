/** ?paper=letter gives US Letter; anything else A4. */
export function paperSizeOf(value: string | null): "A4" | "LETTER" {
  return value?.toLowerCase() === "letter" ? "LETTER" : "A4";
}

export function pdfResponse(filename: string, pdf: Buffer): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${filename.replace(/[^\w. -]/g, "_")}"`,
      "cache-control": "private, no-store",
    },
  });
}
