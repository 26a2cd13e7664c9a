import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCli, UsageError } from "../../src/cli/args.js";
import { runCli } from "../../src/cli/run.js";
import { MANIFEST, onlyRulesYaml } from "./fixtures.js";

function workspace(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), "run-"));
  mkdirSync(join(dir, ".git"));
  writeFileSync(join(dir, ".iotedge-gpu-lint.yml"), config);
  writeFileSync(join(dir, "deployment.json"), MANIFEST);
  return dir;
}

async function cli(cwd: string, args: string[], env: Record<string, string> = {}, isTTY = false) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { cwd, env, isTTY, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe("parseCli", () => {
  it("defaults and repeated --rule", () => {
    const o = parseCli(["--rule", "a:off", "--rule", "b:warning", "x.json", "dir"]);
    expect(o).toMatchObject({ patterns: ["x.json", "dir"], format: "stylish", fix: false, fixDryRun: false, quiet: false, rules: { a: "off", b: "warning" } });
    expect(o.color).toBeUndefined();
    expect(parseCli(["--no-color"]).color).toBe(false);
    expect(parseCli(["--color"]).color).toBe(true);
  });

  it("rejects a --gpu-out pattern that would name one file for every input", () => {
    expect(() => parseCli(["--gpu-out", "out.json"])).toThrow(UsageError);
    expect(() => parseCli(["--gpu-out", "out.json"])).toThrow("--gpu-out: the pattern must contain {base} or {name} (e.g. {dir}/{name}.gpu{ext}), got 'out.json'");
  });
});

describe("colour", () => {
  const cwd = workspace(onlyRulesYaml(["no-host-binds"]));
  it("on for a terminal", async () => {
    expect((await cli(cwd, [], {}, true)).stdout).toContain("\u001b[");
  });
  it("off when NO_COLOR is set, when writing to a file, or with --no-color", async () => {
    expect((await cli(cwd, [], { NO_COLOR: "1" }, true)).stdout).not.toContain("\u001b[");
    expect((await cli(cwd, ["--no-color"], {}, true)).stdout).not.toContain("\u001b[");
    expect((await cli(cwd, [], {}, false)).stdout).not.toContain("\u001b[");
  });
  it("an empty NO_COLOR does not count", async () => {
    expect((await cli(cwd, [], { NO_COLOR: "" }, true)).stdout).toContain("\u001b[");
  });
});

describe("custom rules through --config", () => {
  it("are listed, configurable with --rule and reported", async () => {
    const cwd = workspace("");
    writeFileSync(
      join(cwd, "policy.yml"),
      onlyRulesYaml([], {}, "customRules:\n  - {id: org-registry, severity: warning, message: \"module '{module}': use contoso.azurecr.io\", scope: settings, path: image, schema: {type: string, pattern: '^contoso'}}\n"),
    );
    const list = await cli(cwd, ["--config", "policy.yml", "--list-rules"]);
    expect(list.stdout).toMatch(/^org-registry +warning +none /m);
    const r = await cli(cwd, ["--config", "policy.yml", "--rule", "org-registry:error", "-f", "github"]);
    expect(r.stdout).toMatch(/^::error file=deployment\.json,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=org-registry::module 'camera': use contoso\.azurecr\.io\n$/);
    expect(r.code).toBe(1);
    const unknown = await cli(cwd, ["--rule", "org-registry:error"]);
    expect(unknown).toMatchObject({ code: 2, stderr: "iotedge-gpu-lint: --rule: unknown rule id 'org-registry' (see --help)\n" });
  });
});

describe("custom rules from the working directory's configuration", () => {
  it("can be named with --rule without --config", async () => {
    const cwd = workspace(
      onlyRulesYaml([], {}, "customRules:\n  - {id: org-registry, severity: warning, message: \"module '{module}': use contoso.azurecr.io\", scope: settings, path: image, schema: {type: string, pattern: '^contoso'}}\n"),
    );
    const r = await cli(cwd, ["--rule", "org-registry:off"]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    expect((await cli(cwd, [])).code).toBe(0);
    expect((await cli(cwd, ["--max-warnings", "0"])).code).toBe(1);
  });
});
