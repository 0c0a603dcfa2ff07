import type { NextConfig } from "next";
import { DATA_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./src/lib/security-headers";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time;
  // bundled, it cannot find them.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  typedRoutes: true,
  // `npm run dev` answers on 127.0.0.1 as well as localhost (the sign-in origin check accepts both).
  allowedDevOrigins: ["127.0.0.1"],
  experimental: {
    // Pages take no bodies (forms post to /api): the proxy buffers at most this much of one.
    proxyClientMaxBodySize: "64kb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // Pages get a policy with a nonce from src/proxy.ts; the API's JSON, CSV and PDF get this one.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: DATA_CONTENT_SECURITY_POLICY }],
      },
    ];
  },
};

export default nextConfig;
