import "server-only";
import { checkReadiness } from "@/server/db/readiness";

/** For load balancers and orchestrators: unauthenticated, small, and saying nothing about the data. */
export async function readinessResponse(): Promise<Response> {
  const readiness = await checkReadiness();
  return Response.json(
    readiness.ready ? { status: "ready" } : { status: "not ready", problem: readiness.problem },
    {
      status: readiness.ready ? 200 : 503,
      headers: { "cache-control": "no-store" },
    },
  );
}
