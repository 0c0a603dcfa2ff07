import type { z } from "zod";

/**
 * What every questionnaire format shares: reading its files, and reporting every problem with the
 * file, the path inside it and what is wrong, all at once.
 */

export interface QuestionnaireIssue {
  file: string;
  path: string;
  message: string;
}

export class QuestionnaireError extends Error {
  override name = "QuestionnaireError";
  constructor(readonly issues: QuestionnaireIssue[]) {
    super(issues.map((i) => `${i.file}: ${i.path || "(top level)"}: ${i.message}`).join("\n"));
  }
}

/** The manifest's file name; the other files are named by the manifest. */
export const MANIFEST_FILE = "questionnaire.yaml";

export type FileReader = (name: string) => unknown;

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}

/** One file, validated: its data, or undefined with its problems added. */
export function parseFile<T>(
  read: FileReader,
  name: string,
  schema: z.ZodType<T>,
  add: (file: string, path: string, message: string) => void,
): T | undefined {
  let data: unknown;
  try {
    data = read(name);
  } catch (error) {
    add(name, "", error instanceof Error ? error.message : String(error));
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(name, formatPath(issue.path), issue.message);
    return undefined;
  }
  return parsed.data;
}
