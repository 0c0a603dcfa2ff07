import "server-only";
import type { Viewer } from "@/domain/access/policy";
import { db } from "@/server/db/client";
import { auth } from "./auth";

export interface SignedInUser extends Viewer {
  name: string;
  email: string;
}

/** The signed-in user behind a request's session cookie, with their memberships; null when there is none or it ended. */
export async function viewerFromHeaders(headers: Headers): Promise<SignedInUser | null> {
  const session = await auth().api.getSession({ headers });
  return session ? viewerOfUser(session.user.id) : null;
}

/** A user with their memberships, as the access policy sees them. */
export async function viewerOfUser(userId: string): Promise<SignedInUser | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      memberships: { select: { organizationId: true, role: true } },
      teamMemberships: { select: { teamId: true, role: true } },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    organizations: new Map(user.memberships.map((m) => [m.organizationId, m.role])),
    teams: new Map(user.teamMemberships.map((m) => [m.teamId, m.role])),
  };
}
