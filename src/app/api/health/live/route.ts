/** Liveness: the process answers. It touches no database, so a database outage does not get the process restarted. */
export function GET() {
  return Response.json({ status: "live" }, { headers: { "cache-control": "no-store" } });
}

export const dynamic = "force-dynamic";
