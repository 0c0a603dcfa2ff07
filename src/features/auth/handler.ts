import "server-only";
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/server/auth/auth";

export function authHandler() {
  const handler = (request: Request) => auth().handler(request);
  return toNextJsHandler(handler);
}
