import { openApiDocument } from "@/features/api/openapi";
import { appUrl } from "@/lib/env";

/** The API's OpenAPI document, generated from the routes' zod schemas. */
export function GET() {
  return Response.json(openApiDocument(appUrl()), { headers: { "cache-control": "public, max-age=300" } });
}
