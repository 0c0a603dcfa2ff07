/**
 * The browser's side of the JSON API: one call, one result that never throws. The app's routes
 * answer `{ ok, data | message }`; better-auth's answer the data itself or `{ message }`.
 */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string; code?: string; fieldErrors?: Record<string, string[]> };

export async function callApi<T>(url: string, options: { method?: "POST" | "PUT" | "PATCH" | "DELETE"; body?: unknown } = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? "POST",
      headers: options.body === undefined ? {} : { "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    return { ok: false, status: 0, message: "No connection to the server. Check your network and try again; nothing was changed." };
  }
  const body = (await response.json().catch(() => null)) as { ok?: boolean; data?: T; message?: string; code?: string; fieldErrors?: Record<string, string[]> } | null;
  if (response.ok && body?.ok !== false) return { ok: true, data: (body && "ok" in body ? body.data : body) as T };
  if (response.status === 429) return { ok: false, status: 429, message: body?.message ?? "Too many attempts. Wait a minute, then try again.", code: body?.code };
  return { ok: false, status: response.status, message: body?.message ?? "Something went wrong on our side. Please try again.", fieldErrors: body?.fieldErrors };
}

/**
 * A `next` parameter that stays on this site: resolved the way a browser would (which drops tabs
 * and newlines, reads backslashes as slashes and removes dot segments), it must still be a path on
 * this origin, and not one that starts with two slashes, which a browser would read as another host.
 */
export function safeReturnPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/")) return "/";
  const base = "http://this.site.invalid";
  try {
    const url = new URL(next, base);
    if (url.origin !== base || /^\/[/\\]/.test(url.pathname)) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
