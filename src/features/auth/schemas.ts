import { z } from "zod";
import { displayNameSchema } from "@/domain/text";

/**
 * The account forms' input, checked in the browser with these schemas before better-auth checks it
 * on the server. The password rule is written here once for the forms; the server's better-auth
 * configuration is to take its limits from the same constants.
 */

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `The password can have at most ${MAX_PASSWORD_LENGTH} characters.`);

const emailSchema = z.email({ message: "Enter an e-mail address, such as name@example.com." });

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, "Enter your password.") });
export type SignInInput = z.infer<typeof signInSchema>;

export const signUpSchema = z.object({ name: displayNameSchema("name"), email: emailSchema, password: passwordSchema });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ password: passwordSchema });
