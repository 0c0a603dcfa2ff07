import { z } from "zod";
import {
  EVIDENCE_URL_MAX,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  NA_REASON_TEXT_MAX,
  NAME_MAX,
  NAME_MIN,
  NOTE_MAX,
} from "./text-limits";

/**
 * What people may type into the product, the same at every entry (forms, the JSON API, better-auth,
 * imported files): names are short single lines, notes are bounded, links are http(s).
 */

/** C0 and C1 control characters (tab, newline and NUL included) and DEL. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Characters that reorder the text around them (they can make a name display as something else). */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const NUL = "\u0000";

/** A person's, team's, business unit's or organisation's name; `what` words the messages ("team's name"). */
export function displayNameSchema(what: string) {
  return z
    .string()
    .trim()
    .min(NAME_MIN, `The ${what} needs at least ${NAME_MIN} characters.`)
    .max(NAME_MAX, `The ${what} can have at most ${NAME_MAX} characters.`)
    .refine((s) => !CONTROL.test(s), `The ${what} cannot contain control characters.`)
    .refine((s) => !BIDI_CONTROL.test(s), `The ${what} cannot contain text-direction characters.`);
}

/** Text from elsewhere (a single sign-on provider's profile) made into an acceptable name, or null. */
export function cleanDisplayName(raw: string): string | null {
  const cleaned = raw
    .replace(new RegExp(CONTROL.source, "g"), " ")
    .replace(new RegExp(BIDI_CONTROL.source, "g"), "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, NAME_MAX)
    .trim();
  return cleaned.length >= NAME_MIN ? cleaned : null;
}

// Postgres text cannot hold NUL: refused here rather than failing on write.
const noNul = (s: string) => !s.includes(NUL);
const NUL_MESSAGE = "Text cannot contain NUL characters";

export const noteSchema = z
  .string()
  .max(NOTE_MAX, `A note can hold ${NOTE_MAX} characters at most`)
  .refine(noNul, NUL_MESSAGE);

export const naReasonTextSchema = z
  .string()
  .trim()
  .max(NA_REASON_TEXT_MAX, `A reason can hold ${NA_REASON_TEXT_MAX} characters at most`)
  .refine(noNul, NUL_MESSAGE);

export const evidenceUrlSchema = z
  .url({
    protocol: /^https?$/,
    message: "The evidence link must be an http(s) address, such as https://wiki.example.com/page",
  })
  .max(
    EVIDENCE_URL_MAX,
    `The evidence link is too long (${EVIDENCE_URL_MAX.toLocaleString("en")} characters at most)`,
  )
  .refine(noNul, NUL_MESSAGE);

/** The password rule, for the account forms and better-auth's own check alike. */
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `The password can have at most ${MAX_PASSWORD_LENGTH} characters.`);
