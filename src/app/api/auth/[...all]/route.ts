import { authHandler } from "@/features/auth/handler";

/** better-auth's endpoints: sign-up, sign-in, sign-out, session, password reset, single sign-on. */
export const { GET, POST } = authHandler();
