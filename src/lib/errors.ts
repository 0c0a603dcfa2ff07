/** Expected failures carry a code (mapped to an HTTP status) and a message fit for the user. */
export type AppErrorCode = "bad-request" | "not-found" | "forbidden" | "conflict" | "unavailable";

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    readonly userMessage: string,
  ) {
    super(userMessage);
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  "bad-request": 400,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  unavailable: 503,
};
