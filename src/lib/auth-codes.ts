/** Error codes that better-auth endpoints of ours answer with, for the browser to act on. */

/** The per-account sign-in lock (server/auth/sign-in-throttle.ts); the sign-in form offers a password reset. */
export const ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
