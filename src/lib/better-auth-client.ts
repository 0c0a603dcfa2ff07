import { createAuthClient } from "better-auth/react";

/** better-auth's browser client, imported by `authCall` (lib/auth-client.ts) when a call is made. */
export const authClient = createAuthClient();
