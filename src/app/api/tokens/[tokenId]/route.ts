import { revokeToken } from "@/features/settings/tokens";
import { withViewer } from "@/features/auth/session";
import { uuidSchema } from "@/lib/ids";
import { notFound, respond } from "@/lib/route";

export async function DELETE(request: Request, { params }: { params: Promise<{ tokenId: string }> }) {
  const id = uuidSchema.safeParse((await params).tokenId);
  if (!id.success) return notFound("This token does not exist or was already revoked.");
  return withViewer(request, (viewer) => respond(() => revokeToken(viewer, id.data)));
}
