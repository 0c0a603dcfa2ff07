import { createTokenSchema } from "@/features/settings/schemas";
import { createToken } from "@/features/settings/tokens";
import { withViewer } from "@/features/auth/session";
import { handleJson } from "@/lib/route";

/** Makes a personal access token; the reply holds the secret, shown this once. */
export async function POST(request: Request) {
  return withViewer(request, (viewer) =>
    handleJson(request, createTokenSchema, (input) => createToken(viewer, input), { maxBytes: 4096 }),
  );
}
