import { withApiCaller } from "@/features/api/caller";
import { latestTeamResult } from "@/features/api/queries";
import { uuidSchema } from "@/lib/ids";
import { notFound, respond } from "@/lib/route";

export async function GET(request: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const teamId = uuidSchema.safeParse((await params).teamId);
  if (!teamId.success) return notFound("This team does not exist.");
  return withApiCaller(request, (viewer) => respond(() => latestTeamResult(viewer, teamId.data)));
}
