/**
 * Targets through the file layer: a result per file and target, the configuration's `target` and
 * `vm` found upward and overridden by the caller, copies per target, and fixing several targets
 * in place refused before anything is written.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintFiles, lintFilesDetailed } from "../../src/files.js";
import { format as json } from "../../src/formatters/json.js";
import { TargetOptionsError } from "../../src/targets.js";
import { MANIFEST, PROXY_MANIFEST, onlyRulesYaml } from "./fixtures.js";

const CONFIG = onlyRulesYaml(["no-host-binds", "env-name-colon", "proxy-upstream-protocol"]);
const VM_FIXED = PROXY_MANIFEST.replace('"no_proxy": { "value": "localhost" }', '"no_proxy": { "value": "localhost" }, "UpstreamProtocol": {"value": "AmqpWs"}');
const K8S_FIXED = VM_FIXED.replace(
  '{\\"HostConfig\\":{\\"Binds\\":[\\"/srv/data:/data\\"]}}',
  '{\\"HostConfig\\":{\\"Mounts\\":[{\\"Type\\":\\"bind\\",\\"Source\\":\\"/srv/data\\",\\"Target\\":\\"/data\\"}]}}',
).replace('"Logging:Level"', '"Logging__Level"');

/** A repository (with .git, where config lookup stops) holding these files. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "targets-"));
  mkdirSync(join(dir, ".git"));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(join(dir, p, ".."), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return dir;
}

const summary = (rs: { filePath: string; target?: string; messages: { ruleId: string; target?: string }[] }[], cwd: string) =>
  rs.map((r) => [r.filePath.slice(cwd.length + 1), r.target, r.messages.map((m) => `${m.ruleId}@${m.target}`)]);

describe("a result per file and target", () => {
  it("kubernetes,vm: each file twice, in target order, each finding marked; only the rules of each target run", async () => {
    const cwd = repo({ ".iotedge-gpu-lint.yml": CONFIG, "a.json": PROXY_MANIFEST, "b/deployment.json": MANIFEST });
    const run = await lintFilesDetailed(["."], { cwd, target: ["kubernetes", "vm"] });
    expect(run.targets).toEqual(["kubernetes", "vm"]);
    expect(summary(run.results, cwd)).toEqual([
      ["a.json", "kubernetes", ["proxy-upstream-protocol@kubernetes", "no-host-binds@kubernetes", "env-name-colon@kubernetes"]],
      ["a.json", "vm", ["proxy-upstream-protocol@vm"]],
      ["b/deployment.json", "kubernetes", ["no-host-binds@kubernetes", "env-name-colon@kubernetes"]],
      ["b/deployment.json", "vm", []],
    ]);
    // the same finding for two targets is two findings: the vm fingerprint names its target
    const [k, v] = [run.results[0]!.messages[0]!, run.results[1]!.messages[0]!];
    expect([k.line, k.column]).toEqual([v.line, v.column]);
    expect(k.fingerprint).not.toBe(v.fingerprint);
    // the kubernetes fingerprint is the one a run without targets gives
    const plain = await lintFiles(["a.json"], { cwd });
    expect(plain[0]!.messages[0]!.fingerprint).toBe(k.fingerprint);
    expect(plain[0]!.target).toBe("kubernetes");
  });

  it("checking both targets in one run gives exactly what one run per target gives (every rule, the FPGA examples)", async () => {
    const examples = join(__dirname, "..", "..", "examples", "fpga");
    const files = Object.fromEntries(readdirSync(examples).map((f) => [f, readFileSync(join(examples, f), "utf8")]));
    const cwd = repo(files);
    const both = await lintFiles(["."], { cwd, target: ["kubernetes", "vm"], fixText: true });
    const k8s = await lintFiles(["."], { cwd, target: "kubernetes", fixText: true });
    const vm = await lintFiles(["."], { cwd, target: "vm", fixText: true });
    // compared as the JSON report shows them (the edits hold parse-tree nodes with per-parse ids)
    const shown = (rs: typeof both) => json(rs, { cwd, rules: [] });
    expect(shown(both.filter((r) => r.target === "kubernetes"))).toBe(shown(k8s));
    expect(shown(both.filter((r) => r.target === "vm"))).toBe(shown(vm));
    expect(vm.flatMap((r) => r.messages).length).toBeGreaterThan(0);
  });

  it("a file that cannot be read is reported for each target, with the target in its fingerprint", async () => {
    const cwd = repo({ "deployment.json": "{}" });
    writeFileSync(join(cwd, "deployment.json"), Buffer.from([0x7b, 0xff, 0x7d]));
    const rs = await lintFiles(["."], { cwd, target: ["kubernetes", "vm"] });
    expect(summary(rs, cwd)).toEqual([
      ["deployment.json", "kubernetes", ["read-error@kubernetes"]],
      ["deployment.json", "vm", ["read-error@vm"]],
    ]);
    expect(rs[0]!.messages[0]!.fingerprint).not.toBe(rs[1]!.messages[0]!.fingerprint);
  });

  it("an unknown target from JavaScript is a TargetOptionsError", async () => {
    const cwd = repo({ "a.json": PROXY_MANIFEST });
    await expect(lintFiles(["."], { cwd, target: "gpu" as "vm" })).rejects.toThrow(new TargetOptionsError("lintFiles option target: unknown target 'gpu'; use kubernetes, vm or kubernetes,vm"));
  });
});

describe("target and vm from the configuration", () => {
  it("target: vm is found upward and applies; the caller's target wins", async () => {
    const cwd = repo({ ".iotedge-gpu-lint.yml": CONFIG + "target: vm\n", "deploy/site/a.json": PROXY_MANIFEST });
    expect(summary(await lintFiles(["."], { cwd }), cwd)).toEqual([["deploy/site/a.json", "vm", ["proxy-upstream-protocol@vm"]]]);
    expect(summary(await lintFiles(["."], { cwd, target: "kubernetes" }), cwd)).toEqual([
      ["deploy/site/a.json", "kubernetes", ["proxy-upstream-protocol@kubernetes", "no-host-binds@kubernetes", "env-name-colon@kubernetes"]],
    ]);
  });

  it("each directory's configuration names its own targets", async () => {
    const cwd = repo({ "k8s/a.json": PROXY_MANIFEST, "vm/.iotedge-gpu-lint.yml": CONFIG + "target: [vm]\n", "vm/a.json": PROXY_MANIFEST, ".iotedge-gpu-lint.yml": CONFIG });
    const run = await lintFilesDetailed(["."], { cwd });
    expect(run.results.map((r) => [r.filePath.slice(cwd.length + 1), r.target])).toEqual([
      ["k8s/a.json", "kubernetes"],
      ["vm/a.json", "vm"],
    ]);
    expect(run.targets).toEqual(["kubernetes", "vm"]);
  });
});

describe("fixing per target", () => {
  it("--fix with the vm target fixes in place for the vm", async () => {
    const cwd = repo({ ".iotedge-gpu-lint.yml": CONFIG, "a.json": PROXY_MANIFEST });
    const [r] = await lintFiles(["."], { cwd, target: "vm", fix: true });
    expect(readFileSync(join(cwd, "a.json"), "utf8")).toBe(VM_FIXED);
    expect(r).toMatchObject({ target: "vm", errorCount: 0, warningCount: 0, output: VM_FIXED });
  });

  it("--fix with several targets and no copies is refused before anything is written (from the caller or the configuration)", async () => {
    const cwd = repo({ ".iotedge-gpu-lint.yml": CONFIG, "a.json": PROXY_MANIFEST });
    const message =
      "--fix with several targets (kubernetes, vm) would write a different fix for each into the same file: fix one target in place (--target kubernetes or --target vm) or write a copy per target (--vm-out '{dir}/{name}.vm{ext}')";
    await expect(lintFiles(["."], { cwd, target: ["kubernetes", "vm"], fix: true, gpuOut: "{dir}/{name}.gpu{ext}" })).rejects.toThrow(new TargetOptionsError(message));
    const fromConfig = repo({ ".iotedge-gpu-lint.yml": CONFIG + "target: [kubernetes, vm]\n", "a.json": PROXY_MANIFEST, "b.json": PROXY_MANIFEST });
    await expect(lintFiles(["."], { cwd: fromConfig, fix: true })).rejects.toThrow(TargetOptionsError);
    await expect(lintFiles(["."], { cwd: fromConfig, fix: true })).rejects.toThrow(`(${join(fromConfig, ".iotedge-gpu-lint.yml")} sets target: kubernetes, vm)`);
    for (const dir of [cwd, fromConfig]) expect(readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => readFileSync(join(dir, f), "utf8"))).toEqual(dir === cwd ? [PROXY_MANIFEST] : [PROXY_MANIFEST, PROXY_MANIFEST]);
    // a dry run writes nothing: several targets are fine
    const dry = await lintFilesDetailed(["."], { cwd, target: ["kubernetes", "vm"], fixDryRun: true });
    expect(dry.results.map((r) => [r.target, r.output])).toEqual([
      ["kubernetes", K8S_FIXED],
      ["vm", VM_FIXED],
    ]);
  });

  it("--gpu-out and --vm-out write both copies in one run, leave the original alone, and replace their own outputs next time", async () => {
    const cwd = repo({ ".iotedge-gpu-lint.yml": CONFIG, "deploy/deployment.json": PROXY_MANIFEST });
    const copies = { gpuOut: "{dir}/{name}.gpu{ext}", vmOut: "{dir}/{name}.vm{ext}" };
    const run = await lintFilesDetailed(["."], { cwd, target: ["kubernetes", "vm"], fix: true, ...copies });
    expect(run.results.map((r) => [r.target, r.writtenTo])).toEqual([
      ["kubernetes", join(cwd, "deploy/deployment.gpu.json")],
      ["vm", join(cwd, "deploy/deployment.vm.json")],
    ]);
    expect(readFileSync(join(cwd, "deploy/deployment.json"), "utf8")).toBe(PROXY_MANIFEST);
    expect(readFileSync(join(cwd, "deploy/deployment.gpu.json"), "utf8")).toBe(K8S_FIXED);
    expect(readFileSync(join(cwd, "deploy/deployment.vm.json"), "utf8")).toBe(VM_FIXED);
    // next run: the copies are outputs, not inputs; nothing new appears
    const again = await lintFilesDetailed(["."], { cwd, target: ["kubernetes", "vm"], ...copies });
    expect(again.results.map((r) => r.filePath)).toEqual([join(cwd, "deploy/deployment.json"), join(cwd, "deploy/deployment.json")]);
    expect(readdirSync(join(cwd, "deploy")).sort()).toEqual([".iotedge-gpu-lint-outputs", "deployment.gpu.json", "deployment.json", "deployment.vm.json"]);
    // a vm copy over a file that is not a previous output is refused, naming --vm-out
    writeFileSync(join(cwd, "deploy/deployment.vm.json"), MANIFEST);
    const refused = await lintFiles(["deploy/deployment.json"], { cwd, target: "vm", vmOut: copies.vmOut });
    expect(refused[0]!.messages.filter((m) => m.ruleId === "write-error").map((m) => [m.message, m.target])).toEqual([
      ["--vm-out: deploy/deployment.vm.json was changed since this tool wrote it; not overwritten (delete it to have it written again, or choose another pattern)", "vm"],
    ]);
    // a copy for a target no file is checked for is refused rather than silently not written
    const k8sOnly = repo({ ".iotedge-gpu-lint.yml": CONFIG, "a.json": PROXY_MANIFEST });
    await expect(lintFiles(["."], { cwd: k8sOnly, vmOut: copies.vmOut })).rejects.toThrow(
      new TargetOptionsError("--vm-out writes the vm target's copy, but no file is checked for the vm target; add it (--target or target: in the configuration)"),
    );
    expect(existsSync(join(k8sOnly, "a.vm.json"))).toBe(false);
    // with target: vm in the configuration, --vm-out alone writes the vm copy
    const vmDir = repo({ ".iotedge-gpu-lint.yml": CONFIG + "target: vm\n", "a.json": PROXY_MANIFEST });
    await lintFiles(["."], { cwd: vmDir, vmOut: copies.vmOut });
    expect(readFileSync(join(vmDir, "a.vm.json"), "utf8")).toBe(VM_FIXED);
  });
});
