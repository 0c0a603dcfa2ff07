import { defineConfig } from "prisma/config";

// The CLI (`prisma migrate deploy`, `prisma studio`) reaches the database named by DATABASE_URL.
// The app itself does not need it: without it, it runs on the embedded PGlite (src/server/db).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
