import { withViewer } from "@/features/auth/session";
import { createOrganizationFor } from "@/features/organization/mutations";
import { createOrganizationSchema } from "@/features/organization/schemas";
import { handleJson } from "@/lib/route";

/** Any signed-in user may create an organisation; they become its first admin. */
export function POST(request: Request) {
  return withViewer(request, (viewer) =>
    handleJson(request, createOrganizationSchema, ({ name }) => createOrganizationFor(viewer, name)),
  );
}
