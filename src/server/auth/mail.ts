import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

/** Sends through SMTP_URL when it is set; otherwise the message goes to the server log (development, demo). */
export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  const config = env();
  if (!config.SMTP_URL) {
    console.log(`[mail] to ${message.to}: ${message.subject}\n${message.text}`);
    return;
  }
  await nodemailer.createTransport(config.SMTP_URL).sendMail({ from: config.MAIL_FROM, ...message });
}
