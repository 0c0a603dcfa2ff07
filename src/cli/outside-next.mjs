// Server code marks itself with `import "server-only"`, so that Next.js refuses to bundle it for
// the browser; inside Next's server bundles the marker resolves to nothing. The start and seed
// commands run the same code outside Next: this makes the marker resolve to nothing there too.
// Loaded with `tsx --import ./src/cli/outside-next.mjs …` (see package.json).
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
