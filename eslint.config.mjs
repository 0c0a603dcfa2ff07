import fs from "node:fs";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

/**
 * Lint doubles as the architecture's guard. Data flows one way:
 * app → features → (domain | server | components | lib); server → domain; domain → zod.
 */

const features = fs.existsSync("src/features") ? fs.readdirSync("src/features") : [];
const layer = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

const config = tseslint.config(
  {
    ignores: [
      ".next/**",
      ".scanner/**",
      "public/scanner.mjs",
      "src/generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "tests/artifacts/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    // Resolving imports must not parse packages' bundled code (PGlite's is too deep for the parser).
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            layer(
              "./src/domain",
              "./src",
              "domain/ is pure: it imports zod and itself, nothing else from src/",
              ["./domain"],
            ),
            layer(
              "./src/server",
              ["./src/app", "./src/features", "./src/components"],
              "server/ must not depend on UI code",
            ),
            layer(
              "./src/components",
              ["./src/app", "./src/features", "./src/server"],
              "components/ui are data-free primitives",
            ),
            layer(
              "./src/lib",
              ["./src/app", "./src/features", "./src/server", "./src/components", "./src/evidence"],
              "lib/ is framework glue below every layer",
            ),
            layer(
              "./src/evidence",
              ["./src/app", "./src/features", "./src/server", "./src/components"],
              "evidence/ reads repositories for the scanner: it builds on domain/ and lib/ only, so the scanner bundles without the app",
            ),
            layer(
              "./src/app",
              "./src/server",
              "pages read through a feature's queries.ts, not server/ directly",
            ),
            ...["app", "features", "components", "lib", "domain", "cli", "evidence"].map((dir) =>
              layer(`./src/${dir}`, "./src/generated", "only src/server touches Prisma"),
            ),
            ...features.map((name) =>
              layer(
                `./src/features/${name}`,
                "./src/features",
                "features do not import each other: move what they share to domain/ or components/",
                [`./${name}`],
              ),
            ),
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "read configuration through src/lib/env.ts" },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/server/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            "pg",
            "@electric-sql/pglite",
            "@prisma/client",
            "@prisma/adapter-pg",
            "pglite-prisma-adapter",
          ].map((name) => ({ name, message: "only src/server talks to the database" })),
        },
      ],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!zod$|\\.{1,2}/|@/domain/)",
              message: "domain/ is pure: it imports zod and itself only",
            },
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules: promises that nobody awaits, async functions where a void callback is
    // expected, and imports that only bring types.
    files: ["**/*.{ts,tsx}"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Some APIs ask for an async function (Next's config, better-auth's hooks) where nothing is awaited.
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/lib/env.ts"],
    rules: {
      // process.env in any spelling: property access, computed access or destructuring.
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.value='env']",
          message: "read configuration through src/lib/env.ts",
        },
        {
          selector: "VariableDeclarator[init.name='process'] > ObjectPattern > Property[key.name='env']",
          message: "read configuration through src/lib/env.ts",
        },
      ],
    },
  },
  {
    files: ["src/lib/env.ts", "*.config.ts", "*.config.mjs", "prisma.config.ts", "prisma/**", "tests/**"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // expect.any(), expect.stringMatching() and the like are typed `any` by the test libraries.
    files: ["tests/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
);

export default config;
