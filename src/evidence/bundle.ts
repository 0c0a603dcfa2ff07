import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { loadScanContent } from "./content";

/**
 * The one-file scanner: the scan command bundled with esbuild into a single ES module that runs
 * with plain `node` (20.19 or newer) and needs no node_modules. The questionnaire and its evidence
 * rules are built in (the content module is replaced by its data), so the file is versioned with
 * the app that serves it.
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const DEFAULT_SCANNER_FILE = path.join(projectRoot, ".scanner", "scanner.mjs");

function builtInContent(): Plugin {
  const content = loadScanContent();
  return {
    name: "built-in-scan-content",
    setup(plugin) {
      plugin.onLoad({ filter: /[\\/]src[\\/]evidence[\\/]content\.ts$/ }, () => ({
        contents: `export function loadScanContent() { return ${JSON.stringify(content)}; }\n`,
        loader: "js",
      }));
    },
  };
}

export async function buildScanner(
  outfile = DEFAULT_SCANNER_FILE,
): Promise<{ outfile: string; bytes: number }> {
  const result = await build({
    entryPoints: [path.join(projectRoot, "src/cli/scan.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: true,
    legalComments: "eof",
    tsconfig: path.join(projectRoot, "tsconfig.json"),
    // Bundled CommonJS code may require Node's built-in modules; an ES module has no `require` of its own.
    banner: {
      js: `#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);`,
    },
    plugins: [builtInContent()],
    metafile: true,
    logLevel: "silent",
  });
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  return { outfile, bytes };
}
