/**
 * `iotedge-gpu-lint render` through the bundled CLI (scripts/build.mjs into a temp dir), run as a
 * child process: the same YAML as the library, exit code 2 with one line for bad input.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
let build: string;
let cli: string;

beforeAll(() => {
  build = mkdtempSync(join(tmpdir(), "render-build-"));
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs"), relative(root, build)], { cwd: root, stdio: "pipe" });
  cli = join(build, "cli.cjs");
}, 240_000);

afterAll(() => {
  if (build) rmSync(build, { recursive: true, force: true });
});

function run(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe("bundled CLI: render", () => {
  it("prints the pinned YAML of the FPGA example template", () => {
    const r = run(["render", "examples/fpga/deployment.template.json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(root, "__tests__", "render", "__snapshots__", "fpga.deployment.template.yaml"), "utf8"));
  });

  it("an unknown module exits 2 with one line", () => {
    expect(run(["render", "examples/gpu/deployment.template.json", "--module", "nope"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "iotedge-gpu-lint: examples/gpu/deployment.template.json: no module 'nope'; the modules are edgeAgent, edgeHub, cameracapture, imagescorer, localstorage\n",
    });
  });

  it("the main --help names the subcommand; render --help is its own", () => {
    expect(run(["--help"]).stdout).toContain("iotedge-gpu-lint render <manifest> [options]");
    expect(run(["render", "--help"]).stdout.startsWith("Usage: iotedge-gpu-lint render <manifest> [options]")).toBe(true);
  });
});
