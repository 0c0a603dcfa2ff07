import net from "node:net";

/**
 * Who is asking, for the per-address limits. A client can write any X-Forwarded-For it likes, so
 * the header counts only where it was appended by a proxy we trust: starting from the socket's
 * peer, each trusted hop is replaced by the address it says it forwarded for, right to left. With
 * no trusted proxies the socket's peer is the answer, whatever the headers say.
 */

/** TRUSTED_PROXIES (comma-separated addresses or CIDR ranges) as a list Node can check addresses against. */
export function parseTrustedProxies(setting: string | undefined): net.BlockList | null {
  if (!setting) return null;
  const list = new net.BlockList();
  for (const entry of setting
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = net.isIPv6(address) ? "ipv6" : "ipv4";
    if (!net.isIP(address) || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    }
    // addSubnet throws on a prefix longer than the family allows.
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) → "10.0.0.1". */
export function normaliseAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

export function isTrusted(address: string, trusted: net.BlockList | null): boolean {
  if (!trusted) return false;
  const family = net.isIPv6(address) ? "ipv6" : net.isIPv4(address) ? "ipv4" : null;
  return family !== null && trusted.check(address, family);
}

export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: net.BlockList | null,
): string {
  let client = normaliseAddress(socketAddress ?? "");
  if (!trusted || !forwardedFor) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((hop) => normaliseAddress(hop.trim()))
    .filter((hop) => net.isIP(hop) !== 0);
  while (isTrusted(client, trusted) && hops.length > 0) client = hops.pop() ?? client;
  return client;
}
