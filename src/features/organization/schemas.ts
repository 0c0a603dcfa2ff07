import { z } from "zod";
import { OWNERSHIP_MODELS, TEAM_STRUCTURES } from "@/domain/team";
import { displayNameSchema } from "@/domain/text";

/** What the organisation's forms send; the same schemas check the input on the server. */

const name = displayNameSchema;

export const orgRoleSchema = z.enum(["admin", "manager", "member"]);
export const teamRoleSchema = z.enum(["lead", "member"]);

export const createOrganizationSchema = z.object({ name: name("organisation's name") }).strict();

export const createTeamSchema = z
  .object({
    name: name("team's name"),
    businessUnit: name("business unit"),
    ownershipModel: z.enum(OWNERSHIP_MODELS, { message: "Pick who owns the models in production." }),
    structure: z.enum(TEAM_STRUCTURES, { message: "Pick how the team is organised." }),
  })
  .strict();

export const createInvitationSchema = z
  .object({
    role: orgRoleSchema,
    teamId: z.uuid({ message: "Pick a team." }).nullable().default(null),
    teamRole: teamRoleSchema.nullable().default(null),
    expiresInDays: z
      .number()
      .int()
      .min(1, "A link lasts at least one day.")
      .max(30, "A link lasts at most 30 days.")
      .default(7),
  })
  .strict();

export const memberRoleSchema = z.object({ role: orgRoleSchema }).strict();

export const teamMembershipSchema = z
  .object({ teamId: z.uuid({ message: "Pick a team." }), role: teamRoleSchema.nullable() })
  .strict();

export const acceptInvitationSchema = z.object({ token: z.string().min(16).max(64) }).strict();

/** The routes' replies, as the browser reads them (only what it uses). */
/** How often answers are due for review: a retake highlights answers confirmed longer ago. */
export const organizationSettingsSchema = z
  .object({
    reviewCadenceDays: z.coerce
      .number({ message: "Enter a number of days." })
      .int("Enter a whole number of days.")
      .min(30, "At least 30 days.")
      .max(730, "At most two years (730 days)."),
  })
  .strict();

export const createdOrganizationReply = z.object({ id: z.string() });
export const invitationLinkReply = z.object({ url: z.string(), expiresAt: z.string() });
export const importedReply = z.object({ assessmentId: z.string() });
/** Replies the browser only needs to be successful. */
export const doneReply = z.unknown();

/** The import form: a file chosen (its content is checked by the route, against the export format). */
export const importFileSchema = z.object({
  file: z.custom<FileList>(
    (files) => typeof FileList !== "undefined" && files instanceof FileList && (files.item(0)?.size ?? 0) > 0,
    "Choose an exported assessment (.json) first.",
  ),
});
