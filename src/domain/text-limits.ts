/**
 * How long what people type may be: the limits behind the checks in text.ts, apart from them so
 * that a form can show a limit (a field's maxLength, a hint) without loading zod.
 */

export const NAME_MIN = 2;
export const NAME_MAX = 80;
export const NOTE_MAX = 4000;
export const NA_REASON_TEXT_MAX = 500;
export const EVIDENCE_URL_MAX = 2000;

/** The password rule, for the account forms and better-auth's own check alike. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
