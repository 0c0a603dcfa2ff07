import { withViewer } from "@/features/auth/session";
import { accept } from "@/features/organization/mutations";
import { acceptInvitationSchema } from "@/features/organization/schemas";
import { handleJson } from "@/lib/route";

/** The signed-in user joins the organisation (and team) of an invitation link. */
export function POST(request: Request) {
  return withViewer(request, (viewer) =>
    handleJson(request, acceptInvitationSchema, ({ token }) => accept(viewer, token)),
  );
}
