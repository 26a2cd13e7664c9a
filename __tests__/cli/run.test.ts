import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCli, UsageError } from "../../src/cli/args.js";
import { runCli } from "../../src/cli/run.js";
import { MANIFEST, PROXY_MANIFEST, onlyRulesYaml } from "./fixtures.js";

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

describe("--target and --vm-out", () => {
  it("--target takes one target or a comma-separated list, each once", () => {
    expect(parseCli([]).targets).toBeUndefined();
    expect(parseCli(["--target", "vm"]).targets).toEqual(["vm"]);
    expect(parseCli(["--target=kubernetes, vm,kubernetes"]).targets).toEqual(["kubernetes", "vm"]);
    expect(parseCli(["--target", "vm", "--vm-out", "{dir}/{name}.vm{ext}", "--fix"])).toMatchObject({ targets: ["vm"], vmOut: "{dir}/{name}.vm{ext}", fix: true });
  });

  it("rejects unknown targets, copies for a target not asked for, and --fix of several targets without a copy for each", () => {
    const cases: [string[], string][] = [
      [["--target", "gpu"], "--target: unknown target 'gpu'; use kubernetes, vm or kubernetes,vm"],
      [["--target", ""], "--target: an empty target; use kubernetes, vm or kubernetes,vm"],
      [["--target", "vm", "--gpu-out", "{dir}/{name}.gpu{ext}"], "--gpu-out writes the kubernetes target's copy, but --target is vm; use --vm-out for the vm copy"],
      [["--target", "kubernetes", "--vm-out", "{dir}/{name}.vm{ext}"], "--vm-out writes the vm target's copy, but --target is kubernetes; add vm (--target vm or kubernetes,vm)"],
      [["--vm-out", "vm.json"], "--vm-out: the pattern must contain {base} or {name} (e.g. {dir}/{name}.vm{ext}), got 'vm.json'"],
      [
        ["--fix", "--target", "kubernetes,vm"],
        "--fix with several targets (kubernetes, vm) would write a different fix for each into the same file: fix one target in place (--target kubernetes or --target vm) or write a copy per target (--gpu-out '{dir}/{name}.gpu{ext}' --vm-out '{dir}/{name}.vm{ext}')",
      ],
    ];
    for (const [args, message] of cases) {
      expect(() => parseCli(args)).toThrow(new UsageError(message));
    }
    expect(parseCli(["--fix", "--target", "kubernetes,vm", "--gpu-out", "a/{base}", "--vm-out", "b/{base}"])).toMatchObject({ gpuOut: "a/{base}", vmOut: "b/{base}" });
  });

  it("--fix-dry-run with several targets heads each diff with its target", async () => {
    const cwd = workspace(onlyRulesYaml(["proxy-upstream-protocol"]));
    writeFileSync(join(cwd, "deployment.json"), PROXY_MANIFEST);
    const r = await cli(cwd, ["--fix-dry-run", "--target", "kubernetes,vm"]);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("# ") || l.startsWith("---") || l.startsWith("+++"))).toEqual([
      "# target: kubernetes",
      "--- a/deployment.json",
      "+++ b/deployment.json",
      "# target: vm",
      "--- a/deployment.json",
      "+++ b/deployment.json",
    ]);
    expect((await cli(cwd, ["--fix-dry-run", "--target", "vm"])).stdout).not.toContain("# target");
  });

  it("--list-rules --target vm lists the rules that run for the vm target", async () => {
    const cwd = workspace("");
    const ids = async (args: string[]) => (JSON.parse((await cli(cwd, ["--list-rules", "-f", "json", ...args])).stdout) as { id: string; targets: string[] }[]).map((r) => r.id);
    const all = await ids([]);
    const vm = await ids(["--target", "vm"]);
    expect(vm).toContain("proxy-upstream-protocol");
    expect(vm).toContain("read-error");
    expect(vm).not.toContain("no-host-binds");
    expect(all).toContain("no-host-binds");
    expect(await ids(["--target", "kubernetes,vm"])).toEqual(all);
  });

  it("a file that cannot be read is counted once, whatever the number of targets", async () => {
    const cwd = workspace(onlyRulesYaml(["proxy-upstream-protocol"]));
    writeFileSync(join(cwd, "deployment.json"), Buffer.from([0x7b, 0xff, 0x7d]));
    const r = await cli(cwd, ["--target", "kubernetes,vm", "-f", "github"]);
    expect(r.stdout.split("\n").filter(Boolean).map((l) => l.slice(0, l.indexOf("::", 2)).replace(/^.*title=/, ""))).toEqual(["read-error [kubernetes]", "read-error [vm]"]);
    expect(r).toMatchObject({ code: 2, stderr: "iotedge-gpu-lint: 1 file could not be read or written (see the report)\n" });
  });

  it("a configuration that sets several targets makes --fix without copies a usage error (exit 2)", async () => {
    const cwd = workspace(onlyRulesYaml(["proxy-upstream-protocol"], {}, "target: [kubernetes, vm]\n"));
    const r = await cli(cwd, ["--fix"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^iotedge-gpu-lint: --fix with several targets \(kubernetes, vm\) .* sets target: kubernetes, vm\) \(see --help\)\n$/);
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
