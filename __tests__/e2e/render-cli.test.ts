/**
 * `iotedge-gpu-lint render` through the bundled CLI (scripts/build.mjs into a temp dir), run as a
 * child process: the same YAML as the library, exit code 2 with one line for bad input.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledCli, root, type Run } from "./cli-harness.js";

const { run: runCli } = bundledCli("render");

function run(args: string[]): Run {
  return runCli(root, args);
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
