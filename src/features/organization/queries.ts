import "server-only";
import { cache } from "react";
import { canManageOrganization, type Viewer } from "@/domain/access/policy";
import { findInvitation } from "@/server/repositories/invitations";
import { findOrganizationSettings, type OrganizationSettings } from "@/server/repositories/organizations";

export type { OrganizationSettings };

/**
 * The organisation's settings page, for its admins only (null for anyone else: the page answers "not
 * found"). Read once per request: the page's title and its body share it.
 */
export const getOrganizationSettings = cache(async (viewer: Viewer, organizationId: string) => {
  if (!canManageOrganization(viewer, organizationId)) return null;
  return findOrganizationSettings({ organizationId });
});

/** An invitation link is readable by whoever holds it: the token is the secret. */
export function getInvitation(token: string) {
  return findInvitation({ token });
}
