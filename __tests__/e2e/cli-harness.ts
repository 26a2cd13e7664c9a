/**
 * The set-up the CLI end-to-end suites share: the current sources bundled once per suite into a
 * temporary folder (the CLI as it ships: `cli.cjs` and its engine), run as a child process, and
 * workspaces that are real folders with a `.git` (where configuration lookup stops).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  input?: string;
  timeout?: number;
}

/** Bundles the sources before the suite and removes the bundle after it; `cli()` is its `cli.cjs`. */
export function bundledCli(prefix: string): { cli: () => string; run: (cwd: string, args: string[], options?: RunOptions) => Run } {
  let build = "";
  beforeAll(() => {
    build = mkdtempSync(join(tmpdir(), `${prefix}-build-`));
    // build.mjs joins its argument to its working directory, so pass the path relative to the root
    execFileSync(process.execPath, [join(root, "scripts", "build.mjs"), relative(root, build)], { cwd: root, stdio: "pipe" });
  }, 240_000);
  afterAll(() => {
    if (build) rmSync(build, { recursive: true, force: true });
  });
  const cli = () => join(build, "cli.cjs");
  const run = (cwd: string, args: string[], options: RunOptions = {}): Run => {
    const r = spawnSync(process.execPath, [cli(), ...args], {
      cwd,
      encoding: "utf8",
      input: options.input ?? "",
      env: { ...process.env, NO_COLOR: "", ...(options.env ?? {}) },
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    });
    return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  return { cli, run };
}

/** A workspace folder (with a .git) holding these files, and a configuration when one is given. */
export function workspaceWith(prefix: string, files: Record<string, string | Buffer>, config = ""): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-ws-`));
  mkdirSync(join(dir, ".git"));
  if (config !== "") writeFileSync(join(dir, ".iotedge-gpu-lint.yml"), config);
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return dir;
}
