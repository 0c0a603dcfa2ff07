import { readinessResponse } from "@/features/health/readiness";

/** Readiness: the database is reachable and migrated (503 with the problem otherwise). */
export function GET() {
  return readinessResponse();
}
