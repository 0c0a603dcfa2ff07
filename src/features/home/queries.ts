import "server-only";
import { findDefaultOrganizationOverview } from "@/server/repositories/organizations";

export const getHomeOverview = findDefaultOrganizationOverview;
