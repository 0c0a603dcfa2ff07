import fs from "node:fs";
import path from "node:path";
import { questionnaireJsonSchemas } from "@/domain/questionnaire/json-schema";

/** `npm run schemas`: regenerates questionnaires/schema/*.schema.json from the zod schemas. */
const dir = path.join(process.cwd(), "questionnaires", "schema");
fs.mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(questionnaireJsonSchemas())) {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote questionnaires/schema/${name}`);
}
