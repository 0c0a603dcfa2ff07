import { z } from "zod";
import { TOKEN_SCOPES } from "@/domain/access/policy";
import { displayNameSchema } from "@/domain/text";

/** The token form's input, checked in the browser and by the route alike. */
export const createTokenSchema = z
  .object({
    name: displayNameSchema("token's name"),
    teamId: z.uuid({ message: "Pick a team." }),
    scopes: z
      .array(z.enum(TOKEN_SCOPES))
      .min(1, "Pick at least one thing the token may do.")
      .max(TOKEN_SCOPES.length),
    expiresInDays: z.coerce.number().int().min(1, "At least one day.").max(365, "At most a year."),
  })
  .strict();

export type CreateTokenInput = z.input<typeof createTokenSchema>;

/** What the routes answer, as the browser reads them. */
export const createdTokenReply = z.object({ id: z.string(), token: z.string(), expiresAt: z.string() });
export const revokedTokenReply = z.object({ revoked: z.string() });
