import { spawn, type ChildProcess } from "node:child_process";

/**
 * An app server of the test's own (the start command in its own process group), for tests that
 * crash or restart it. Stopping kills its whole process group.
 */
export interface AppServer {
  baseURL: string;
  /** The server process (the start command serves the app itself), its process group's leader. */
  pid: number;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

interface StartOptions {
  port: number;
  env: Record<string, string>;
  /** How long start-up (with a build when sources changed) may take; 2 minutes unless given. */
  startupTimeoutMs?: number;
}

function spawnStart(options: StartOptions): ChildProcess {
  return spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./src/cli/outside-next.mjs", "src/cli/start.ts"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(options.port),
        DATABASE_URL: "",
        ...options.env,
      },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

export async function startAppServer(options: StartOptions): Promise<AppServer> {
  const child = spawnStart(options);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseURL = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.startupTimeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app server exited during start-up:\n${output}`);
    const ok = await fetch(baseURL)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the app server did not start in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseURL,
    pid: child.pid ?? 0,
    output: () => output,
    async kill(signal = "SIGKILL") {
      // A process ended by a signal has no exit code, only a signal code.
      if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, signal);
      await exited;
    },
  };
}

/**
 * Runs the start command with a configuration that must stop it, until it exits: its exit code and
 * what it printed, apart. One that is still running after `timeoutMs` is killed (code null).
 */
export async function startExpectingExit(
  options: StartOptions & { timeoutMs?: number },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnStart(options);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(
    () => child.pid && process.kill(-child.pid, "SIGKILL"),
    options.timeoutMs ?? 60_000,
  );
  const code = await new Promise<number | null>((resolve) =>
    child.once("close", (exitCode) => resolve(exitCode)),
  );
  clearTimeout(timer);
  return { code, stdout, stderr };
}
