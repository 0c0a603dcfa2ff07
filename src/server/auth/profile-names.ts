import "server-only";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { cleanDisplayName, displayNameSchema } from "@/domain/text";

/**
 * A person's name follows the same rule as the sign-up form says (2–80 characters, no control or
 * text-direction characters) at every entry: typed names are refused with the rule's message,
 * names from a single sign-on provider's profile are cleaned instead (the person cannot fix them).
 */

const NAMED_PATHS = new Set(["/sign-up/email", "/update-user"]);
const personName = displayNameSchema("name");

export const refuseBadNames = createAuthMiddleware(async (ctx) => {
  if (!NAMED_PATHS.has(ctx.path)) return;
  const name = (ctx.body as { name?: unknown } | null)?.name;
  if (name === undefined && ctx.path === "/update-user") return;
  const parsed = personName.safeParse(name);
  if (!parsed.success)
    throw new APIError("BAD_REQUEST", {
      message: parsed.error.issues[0]?.message ?? "The name is not valid.",
    });
});

/** For better-auth's database hooks: the name a user row may hold, whatever the entry. */
export function storedName(name: string | undefined, email: string | undefined): string {
  return (name && cleanDisplayName(name)) ?? cleanDisplayName(email?.split("@")[0] ?? "") ?? "Unnamed";
}
