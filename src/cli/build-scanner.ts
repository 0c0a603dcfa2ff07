import path from "node:path";
import { buildScanner } from "@/evidence/bundle";

/** `npm run build:scanner`: writes the one-file scanner to .scanner/scanner.mjs (or the path given). */
const { outfile, bytes } = await buildScanner(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
console.log(
  `wrote ${path.relative(process.cwd(), outfile)} (${Math.round(bytes / 1024)} kB): node ${path.relative(process.cwd(), outfile)} <folder> [--json] [--post <assessment address> --token <token>]`,
);
