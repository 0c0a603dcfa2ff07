import { stripComments, commentStyleOf } from "./source-text";
import { fileName, type SnapshotFile } from "./snapshot";

/** A YAML scalar as text (a mapping or list is no text: empty). */
const textOf = (value: unknown): string =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";

/**
 * CI definitions, read as their systems read them: GitHub Actions workflows and GitLab CI files
 * job by job (triggers, environments, manual steps, the commands each job runs); Jenkins, Azure
 * Pipelines, CircleCI and Bitbucket Pipelines as one job per file whose commands are its text.
 * Whether a job runs tests, deploys, builds an artefact, and whether its deployment waits for a
 * person is decided from its commands and settings by the patterns below.
 */
export interface CiJob {
  file: SnapshotFile;
  name: string;
  line: number | null;
  /** The job's commands and actions, one per entry. */
  commands: string[];
  onChange: boolean;
  scheduled: boolean;
  runsTests: boolean;
  deploys: boolean;
  /** The environment the job deploys to, as named in its definition. */
  environment: string | null;
  /** What makes a person decide before the deployment runs: an environment, a manual trigger or an approval step. */
  gates: string[];
  buildsArtefact: boolean;
  recordsCommit: boolean;
}

const TEST_COMMAND =
  /\b(pytest|py\.test|python3? -m (pytest|unittest)|tox|nox|make\s+(test|check)|npm\s+(run\s+)?test|sbt\s+(\S+\s+)*test|mvn\s+\S*\s*(verify|test)|gradlew?\s+test|dbt\s+(test|build))\b/;
const DEPLOY_COMMAND =
  /\b(kubectl\s+(apply|rollout|set\s+image)|helm\s+(upgrade|install)|helmfile\s+(apply|sync)|(terraform|tofu|terragrunt)\s+apply|databricks\s+(bundle\s+deploy|jobs\s+(reset|create)|deploy)|dbx\s+deploy|cdk\s+deploy|sam\s+deploy|serverless\s+deploy|sls\s+deploy|gcloud\s+(run|app|functions|ai)\s+(deploy|endpoints\s+deploy-model)|az\s+(ml\s+online-deployment|webapp\s+deploy|containerapp\s+update)|aws\s+(sagemaker\s+(create|update)-endpoint|ecs\s+update-service|lambda\s+update-function-code)|mlflow\s+deployments\s+(create|update)|argocd\s+app\s+sync|kustomize\s+build\s+\S+\s*\|\s*kubectl|flux\s+reconcile|skaffold\s+(run|deploy)|ansible-playbook)\b/;
const DEPLOY_ACTION =
  /^(azure\/(k8s-deploy|webapps-deploy|aks-set-context)|aws-actions\/amazon-ecs-deploy|google-github-actions\/(deploy-|get-gke)|databricks\/.*deploy|appleboy\/ssh-action|helm\/|deliverybot\/helm)/i;
const BUILD_COMMAND =
  /\b(docker\s+(build|push|buildx\s+build)|buildah\s+(bud|push)|podman\s+(build|push)|kaniko|\/kaniko\/executor|twine\s+upload|poetry\s+publish|uv\s+publish|python3?\s+-m\s+build|mlflow\s+models\s+build-docker|jib|sbt\s+\S*\s*(docker:publish|publish)|databricks\s+bundle\s+deploy)\b/;
const BUILD_ACTION =
  /^(docker\/build-push-action|redhat-actions\/(buildah-build|push-to-registry)|pypa\/gh-action-pypi-publish)/i;
const COMMIT_REFERENCE =
  /\$\{\{\s*github\.sha\s*\}\}|\$\{?(GITHUB_SHA|CI_COMMIT_SHA|CI_COMMIT_SHORT_SHA|CI_COMMIT_TAG|BUILD_SOURCEVERSION|CIRCLE_SHA1|GIT_COMMIT|BITBUCKET_COMMIT)\b|git\s+rev-parse|type=sha\b/;
const APPROVAL_ACTION = /^(trstringer\/manual-approval|ekeel\/approval-action)/i;
const DEPLOY_NAME = /deploy|release|promot|rollout|publish-model|serve/i;

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

function flattenStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(flattenStrings);
  return [];
}

function lineOfKey(text: string | undefined, key: string): number | null {
  if (!text) return null;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const index = text.split("\n").findIndex((line) => new RegExp(`^\\s*["']?${escaped}["']?\\s*:`).test(line));
  return index < 0 ? null : index + 1;
}

function classify(
  commands: string[],
): Pick<CiJob, "runsTests" | "deploys" | "buildsArtefact" | "recordsCommit"> {
  const runs = commands.filter((c) => !c.startsWith("uses: "));
  const actions = commands.filter((c) => c.startsWith("uses: ")).map((c) => c.slice(6));
  return {
    runsTests: runs.some((c) => TEST_COMMAND.test(c)),
    deploys: runs.some((c) => DEPLOY_COMMAND.test(c)) || actions.some((a) => DEPLOY_ACTION.test(a)),
    buildsArtefact: runs.some((c) => BUILD_COMMAND.test(c)) || actions.some((a) => BUILD_ACTION.test(a)),
    recordsCommit: commands.some((c) => COMMIT_REFERENCE.test(c)),
  };
}

function githubTriggers(on: unknown): {
  onChange: boolean;
  scheduled: boolean;
  manual: boolean;
  only: string[];
} {
  const events =
    typeof on === "string" ? [on] : Array.isArray(on) ? flattenStrings(on) : Object.keys(asRecord(on));
  return {
    onChange: events.some((e) => ["push", "pull_request", "pull_request_target", "merge_group"].includes(e)),
    scheduled: events.includes("schedule"),
    manual: events.includes("workflow_dispatch"),
    only: events,
  };
}

function githubJobs(file: SnapshotFile): CiJob[] {
  const workflow = asRecord(file.data);
  const triggers = githubTriggers(workflow.on);
  return Object.entries(asRecord(workflow.jobs)).map(([id, raw]) => {
    const job = asRecord(raw);
    const commands: string[] = [];
    for (const step of Array.isArray(job.steps) ? job.steps : []) {
      const s = asRecord(step);
      if (typeof s.run === "string") commands.push(s.run);
      if (typeof s.uses === "string") commands.push(`uses: ${s.uses}`);
      const withArgs = Object.values(asRecord(s.with)).filter((v): v is string => typeof v === "string");
      commands.push(...withArgs.filter((v) => COMMIT_REFERENCE.test(v)));
    }
    if (typeof job.uses === "string") commands.push(`uses: ${job.uses}`);
    const classified = classify(commands);
    const environment =
      typeof job.environment === "string" ? job.environment : asRecord(job.environment).name;
    const gates: string[] = [];
    if (typeof environment === "string") gates.push(`environment "${environment}"`);
    if (triggers.manual && triggers.only.every((e) => e === "workflow_dispatch"))
      gates.push("started by hand (workflow_dispatch)");
    if (commands.some((c) => c.startsWith("uses: ") && APPROVAL_ACTION.test(c.slice(6))))
      gates.push("approval step");
    const deploys =
      classified.deploys || (DEPLOY_NAME.test(textOf(job.name) || id) && typeof environment === "string");
    return {
      file,
      name: id,
      line: lineOfKey(file.text, id),
      commands,
      onChange: triggers.onChange,
      scheduled: triggers.scheduled,
      ...classified,
      deploys,
      environment: typeof environment === "string" ? environment : null,
      gates,
    };
  });
}

const GITLAB_RESERVED = new Set([
  "stages",
  "variables",
  "default",
  "include",
  "workflow",
  "image",
  "services",
  "before_script",
  "after_script",
  "cache",
  "types",
]);

function gitlabJobs(file: SnapshotFile): CiJob[] {
  const root = asRecord(file.data);
  const definitions = Object.entries(root).filter(
    ([key, value]) =>
      !GITLAB_RESERVED.has(key) && typeof value === "object" && value !== null && !Array.isArray(value),
  );
  const byName = new Map(definitions.map(([key, value]) => [key, asRecord(value)]));
  const resolve = (job: Record<string, unknown>, depth = 0): Record<string, unknown> => {
    if (depth > 5) return job;
    const parents = flattenStrings(job.extends)
      .map((name) => byName.get(name))
      .filter((p): p is Record<string, unknown> => p !== undefined);
    return Object.assign({}, ...parents.map((p) => resolve(p, depth + 1)), job) as Record<string, unknown>;
  };
  const defaults = asRecord(root.default);
  return definitions
    .filter(([key]) => !key.startsWith("."))
    .map(([name]) => {
      const job = resolve(byName.get(name) ?? {});
      const commands = ["before_script", "script", "after_script"].flatMap((k) =>
        flattenStrings(job[k] ?? defaults[k]),
      );
      const rules = (Array.isArray(job.rules) ? job.rules : []).map(asRecord);
      const conditions = rules.map((r) => textOf(r.if)).join(" ");
      const only = flattenStrings(asRecord(job.only).refs ?? job.only);
      const scheduled =
        /CI_PIPELINE_SOURCE\s*==\s*["']schedule["']/.test(conditions) || only.includes("schedules");
      const onlyScheduled =
        only.length > 0
          ? only.every((o) => o === "schedules")
          : rules.length > 0 && rules.every((r) => /schedule/.test(textOf(r.if)) || r.when === "never");
      const environment =
        typeof job.environment === "string" ? job.environment : asRecord(job.environment).name;
      const gates: string[] = [];
      if (job.when === "manual" || rules.some((r) => r.when === "manual")) gates.push("when: manual");
      if (typeof environment === "string") gates.push(`environment "${environment}"`);
      const classified = classify(commands);
      const deploys = classified.deploys || (DEPLOY_NAME.test(name) && typeof environment === "string");
      return {
        file,
        name,
        line: lineOfKey(file.text, name),
        commands,
        onChange: !onlyScheduled,
        scheduled,
        ...classified,
        deploys,
        environment: typeof environment === "string" ? environment : null,
        gates,
      };
    });
}

/** Jenkins, Azure Pipelines, CircleCI, Bitbucket: one job per file, read as text. */
function textJob(file: SnapshotFile): CiJob {
  const text = stripComments(file.text ?? "", commentStyleOf(file.path));
  const commands = text.split("\n").filter((line) => /\S/.test(line));
  const gates: string[] = [];
  if (/\binput\s*(\(|\{|message)/.test(text)) gates.push("input step");
  if (/^\s*environment\s*:/m.test(text) || /\bdeployment\s*:/.test(text)) gates.push("environment");
  if (/type:\s*approval/.test(text)) gates.push("approval job");
  return {
    file,
    name: fileName(file.path),
    line: null,
    commands,
    onChange: true,
    scheduled: /\bcron\s*[:(]|triggers\s*\{[^}]*cron|^\s*schedules?\s*:/m.test(text),
    ...classify(commands),
    environment: /^\s*environment\s*:\s*["']?([\w-]+)/m.exec(text)?.[1] ?? null,
    gates,
  };
}

type CiSystem = "github" | "gitlab" | "text";

export function ciSystemOf(path: string): CiSystem | null {
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "github";
  if (/(^|\/)\.gitlab-ci\.ya?ml$|(^|\/)[^/]+\.gitlab-ci\.ya?ml$|^\.gitlab\/ci\/.+\.ya?ml$/.test(path))
    return "gitlab";
  if (
    /^(Jenkinsfile[^/]*|azure-pipelines[^/]*\.ya?ml|\.azure-pipelines\/.+\.ya?ml|\.circleci\/config\.ya?ml|bitbucket-pipelines\.ya?ml)$/.test(
      path,
    )
  )
    return "text";
  return null;
}

export function extractCiJobs(files: readonly SnapshotFile[]): CiJob[] {
  return files.flatMap((file) => {
    const system = ciSystemOf(file.path);
    if (system === null || file.text === undefined) return [];
    if (system === "github") return githubJobs(file);
    if (system === "gitlab") return gitlabJobs(file);
    return /\S/.test(stripComments(file.text, commentStyleOf(file.path))) ? [textJob(file)] : [];
  });
}
