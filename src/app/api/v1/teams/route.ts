import { withApiCaller } from "@/features/api/caller";
import { listTeams } from "@/features/api/queries";
import { respond } from "@/lib/route";

export async function GET(request: Request) {
  return withApiCaller(request, (viewer) => respond(() => listTeams(viewer)));
}
