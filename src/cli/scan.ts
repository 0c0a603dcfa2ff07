import { parseArgs } from "node:util";
import { QuestionnaireError } from "@/domain/questionnaire/assemble";
import { scannerTokenFromEnv } from "@/lib/env";
import { loadScanContent } from "@/evidence/content";
import { PostError, postFindings } from "@/evidence/post";
import { renderReport } from "@/evidence/report";
import { ScanError, scanFolders } from "@/evidence/scan";

/**
 * `npm run scan -- <folder> [<folder>...] [--json] [--post <team address> --token <token>]`
 * (or `node scanner.mjs …`): scans a team's checked-out repositories read-only and prints what
 * they show per question, or the findings as JSON, and optionally sends the findings to the app.
 * The token may also come from the MATURITY_TOKEN environment variable, which keeps it out of
 * process lists and CI logs.
 */
const USAGE = `usage: scan <folder> [<folder>...] [--json] [--post <https://app/teams/<id>> [--token <token>]]
  --json              print the findings as JSON instead of the summary
  --post <address>    send the findings to this team (its address in the app)
  --token <token>     the app's access token with evidence write access (or set MATURITY_TOKEN)
  --max-files <n>     stop after listing this many files (default 50000)
  --max-seconds <n>   stop reading after this many seconds (default 60)`;

function fail(message: string, code = 1): never {
  console.error(`scan: ${message}`);
  process.exit(code);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        post: { type: "string" },
        token: { type: "string" },
        "max-files": { type: "string" },
        "max-seconds": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length === 0) fail(USAGE);
  const token = values.token ?? scannerTokenFromEnv();
  if (values.post && !token)
    fail("--post needs a token: --token <token> or the MATURITY_TOKEN environment variable");
  const positive = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) fail(`--${name} takes a whole number above 0`);
    return n;
  };
  const maxFiles = positive("max-files", values["max-files"]);
  const maxSeconds = positive("max-seconds", values["max-seconds"]);

  let content;
  try {
    content = loadScanContent();
  } catch (error) {
    if (error instanceof QuestionnaireError) fail(`the evidence rules do not load:\n${error.message}`);
    throw error;
  }
  let document;
  try {
    document = await scanFolders(positionals, content, {
      bounds: { ...(maxFiles ? { maxFiles } : {}), ...(maxSeconds ? { maxMillis: maxSeconds * 1000 } : {}) },
    });
  } catch (error) {
    if (error instanceof ScanError) fail(error.message);
    throw error;
  }

  console.log(
    values.json
      ? JSON.stringify(document, null, 2)
      : renderReport(document, content.questionnaire, content.rules),
  );

  if (values.post && token) {
    try {
      const result = await postFindings({ teamUrl: values.post, token, document });
      if (result.status >= 200 && result.status < 300) {
        console.error(`scan: sent ${document.findings.length} findings to the team (${result.status})`);
      } else {
        fail(
          `the app refused the findings (${result.status})${result.message ? `: ${result.message}` : ""}`,
          2,
        );
      }
    } catch (error) {
      if (error instanceof PostError) fail(error.message, 2);
      throw error;
    }
  }
}

await main();
