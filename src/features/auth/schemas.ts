import { z } from "zod";
import { displayNameSchema, passwordSchema } from "@/domain/text";

/**
 * The account forms' input, checked in the browser with these schemas before better-auth checks it
 * on the server (whose limits come from the same password rule, in domain/text.ts).
 */

const emailSchema = z.email({ message: "Enter an e-mail address, such as name@example.com." });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password."),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const signUpSchema = z.object({
  name: displayNameSchema("name"),
  email: emailSchema,
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ password: passwordSchema });
