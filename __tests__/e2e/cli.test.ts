/**
 * The bundled CLI end to end: built once into a temp dir with scripts/build.mjs, then run as a
 * child process against temp-dir fixtures. Only two rules are on (a config turns the rest off),
 * so that the exact outputs below do not change as rules are added.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../rules/index.js";
import { FIXED, MANIFEST, PROXY_MANIFEST, onlyRulesYaml } from "../cli/fixtures.js";
import { bundledCli, root, workspaceWith, type Run } from "./cli-harness.js";

const { cli, run: runCli } = bundledCli("cli");

function run(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  return runCli(cwd, args, { env });
}

/** A workspace (with a .git so config lookup stops there) holding these files. */
function workspace(files: Record<string, string | Buffer>, config = onlyRulesYaml(["no-host-binds", "env-name-colon"], { "env-name-colon": "warning" })): string {
  return workspaceWith("cli", files, config);
}

const lines = MANIFEST.split("\n");
const bindCol = lines[10]!.indexOf('\\"/srv/data:/data\\"') + 1;
const bindEnd = bindCol + '\\"/srv/data:/data\\"'.length;
const envCol = lines[11]!.indexOf('"Logging:Level"') + 1;
const envEnd = envCol + '"Logging:Level"'.length;
const BIND_MSG =
  "module 'camera': HostConfig.Binds is not supported on Kubernetes-based IoT Edge; use HostConfig.Mounts (Type bind for host directories, Type volume for SMB/NFS shares): {Type: bind, Source: \"/srv/data\", Target: \"/data\"}";
const ENV_MSG = "module 'camera': environment variable 'Logging:Level' has ':' in its name, which Kubernetes rejects; name it 'Logging__Level' (.NET reads '__' as ':')";

describe("formats", () => {
  it("stylish: rows, totals, fixable count; exit 1 on errors", () => {
    const cwd = workspace({ "deploy/deployment.json": MANIFEST, "package.json": '{"name":"x"}' });
    const r = run(cwd, []);
    const w = Math.max(BIND_MSG.length, ENV_MSG.length);
    const pos1 = `11:${bindCol}`;
    const pos2 = `12:${envCol}`;
    const pw = Math.max(pos1.length, pos2.length);
    expect(r.stdout).toBe(
      [
        "",
        "deploy/deployment.json",
        `  ${pos1.padEnd(pw)}  error    ${BIND_MSG.padEnd(w)}  no-host-binds`,
        `  ${pos2.padEnd(pw)}  warning  ${ENV_MSG.padEnd(w)}  env-name-colon`,
        "",
        "✖ 2 problems (1 error, 1 warning, 0 infos)",
        "  2 fixable with --fix",
        "",
        "",
      ].join("\n"),
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
  });

  it("json: one entry per manifest with positions, module, fingerprint and fix", () => {
    const cwd = workspace({ "deployment.json": MANIFEST, "package.json": '{"name":"x"}' });
    const r = run(cwd, ["--format", "json"]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ filePath: join(cwd, "deployment.json"), errorCount: 1, warningCount: 1, infoCount: 0, fixableCount: 2 });
    const [bind, env] = out[0].messages;
    expect(bind).toMatchObject({ ruleId: "no-host-binds", severity: "error", message: BIND_MSG, line: 11, column: bindCol, endLine: 11, endColumn: bindEnd, module: "camera" });
    expect(bind.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(env).toMatchObject({ ruleId: "env-name-colon", severity: "warning", line: 12, column: envCol, endLine: 12, endColumn: envEnd, module: "camera" });
    const start = MANIFEST.indexOf('"Logging:Level"');
    expect(env.fix).toEqual({ range: [start, start + '"Logging:Level"'.length], text: '"Logging__Level"' });
  });

  it("sarif: rules, results with regions, fingerprints and fixes", () => {
    const cwd = workspace({ "my deploy/deployment.json": MANIFEST });
    const r = run(cwd, ["-f", "sarif"]);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe("2.1.0");
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe("iotedge-gpu-lint");
    const ruleIds = driver.rules.map((x: { id: string }) => x.id);
    expect(ruleIds).toContain("no-host-binds");
    const [bind, env] = log.runs[0].results;
    expect(driver.rules[bind.ruleIndex].id).toBe("no-host-binds");
    expect(bind).toMatchObject({
      ruleId: "no-host-binds",
      level: "error",
      message: { text: BIND_MSG },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "my%20deploy/deployment.json", uriBaseId: "%SRCROOT%" },
            region: { startLine: 11, startColumn: bindCol, endLine: 11, endColumn: bindEnd },
          },
        },
      ],
    });
    expect(Object.keys(bind.partialFingerprints)).toEqual(["iotedgeGpuLint/v1"]);
    expect(env.level).toBe("warning");
    expect(env.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { charOffset: MANIFEST.indexOf('"Logging:Level"'), charLength: '"Logging:Level"'.length },
      insertedContent: { text: '"Logging__Level"' },
    });
  });

  it("github: workflow commands", () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    const r = run(cwd, ["--format=github"]);
    expect(r.stdout).toBe(
      `::error file=deployment.json,line=11,col=${bindCol},endLine=11,endColumn=${bindEnd},title=no-host-binds::${BIND_MSG}\n` +
        `::warning file=deployment.json,line=12,col=${envCol},endLine=12,endColumn=${envEnd},title=env-name-colon::${ENV_MSG}\n`,
    );
    expect(r.status).toBe(1);
  });

  it("--quiet shows errors only; --output-file writes the report there", () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    const q = run(cwd, ["-q", "-f", "github"]);
    expect(q.stdout.split("\n").filter(Boolean).map((l) => l.slice(0, l.indexOf(" ")))).toEqual(["::error"]);
    const o = run(cwd, ["-f", "json", "-o", "reports/out.json"]);
    expect(o.stdout).toBe("");
    expect(JSON.parse(readFileSync(join(cwd, "reports/out.json"), "utf8"))[0].messages).toHaveLength(2);
    expect(o.status).toBe(1);
  });

  it("colours only with --color (stdout is not a terminal here), never with --no-color", () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    expect(run(cwd, []).stdout).not.toContain("\u001b[");
    expect(run(cwd, ["--color"]).stdout).toContain("\u001b[31merror\u001b[0m");
    expect(run(cwd, ["--no-color"]).stdout).not.toContain("\u001b[");
  });
});

describe("exit codes", () => {
  it("0 when clean, 1 on errors, warnings within --max-warnings", () => {
    const clean = workspace({ "deployment.json": FIXED });
    expect(run(clean, [])).toEqual({ status: 0, stdout: "", stderr: "" });
    const warnOnly = workspace({ "deployment.json": MANIFEST }, onlyRulesYaml(["env-name-colon"], { "env-name-colon": "warning" }));
    expect(run(warnOnly, []).status).toBe(0);
    expect(run(warnOnly, ["--max-warnings", "1"]).status).toBe(0);
    const over = run(warnOnly, ["--max-warnings", "0"]);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe("iotedge-gpu-lint: too many warnings (1, at most 0 allowed by --max-warnings)\n");
    expect(run(warnOnly, ["--rule", "env-name-colon:error"]).status).toBe(1);
    expect(run(warnOnly, ["--rule", "env-name-colon:off", "--max-warnings", "0"]).status).toBe(0);
  });

  it("2 for usage errors, with one line on stderr and no stack", () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    const cases: [string[], string][] = [
      [["--bogus"], "iotedge-gpu-lint: Unknown option '--bogus' (see --help)\n"],
      [["--format", "xml"], "iotedge-gpu-lint: --format: unknown format 'xml'; use one of stylish, json, sarif, github (see --help)\n"],
      [["--rule", "no-host-bind:off"], "iotedge-gpu-lint: --rule: unknown rule id 'no-host-bind' (did you mean 'no-host-binds'?) (see --help)\n"],
      [["--rule", "no-host-binds"], "iotedge-gpu-lint: --rule: expected <rule-id>:<error|warning|info|off>, got 'no-host-binds' (see --help)\n"],
      [["--max-warnings=-1"], "iotedge-gpu-lint: --max-warnings: expected a whole number, got '-1' (see --help)\n"],
      [["--max-warnings"], "iotedge-gpu-lint: Option '--max-warnings <value>' argument missing (see --help)\n"],
      [["--fix", "--fix-dry-run"], "iotedge-gpu-lint: --fix and --fix-dry-run cannot be used together (see --help)\n"],
      [["missing.json"], "iotedge-gpu-lint: no such file or directory: missing.json\n"],
      [["--config", "nope.yml"], `iotedge-gpu-lint: ${join(cwd, "nope.yml")}: cannot read the configuration file (ENOENT)\n`],
    ];
    for (const [args, stderr] of cases) {
      expect({ args, ...run(cwd, args) }).toEqual({ args, status: 2, stdout: "", stderr });
    }
  });

  it("2 for a bad configuration, naming the file and the key", () => {
    const cwd = workspace({ "deployment.json": MANIFEST }, "rules:\n  no-host-binds: fatal\n");
    expect(run(cwd, [])).toEqual({
      status: 2,
      stdout: "",
      stderr: `iotedge-gpu-lint: ${join(cwd, ".iotedge-gpu-lint.yml")}: rules.no-host-binds: 'fatal' is not allowed; allowed values: error, warning, info, off\n`,
    });
    const unknownKey = workspace({ "deployment.json": MANIFEST }, "suppressions:\n  - {files: '*', rule: no-host-binds}\n");
    expect(run(unknownKey, []).stderr).toBe(`iotedge-gpu-lint: ${join(unknownKey, ".iotedge-gpu-lint.yml")}: suppressions[0]: 'reason' is missing (required: files, rule, reason)\n`);
  });

  it("2 when a file cannot be read (the report still lists it)", () => {
    const cwd = workspace({ "deployment.json": Buffer.from([0x7b, 0xff, 0x7d]) });
    const r = run(cwd, ["-f", "github"]);
    expect(r.stdout).toBe("::error file=deployment.json,line=1,col=2,endLine=1,endColumn=2,title=read-error::file is not valid UTF-8 (byte 0xff at byte offset 1); save it as UTF-8\n");
    expect(r.stderr).toBe("iotedge-gpu-lint: 1 file could not be read or written (see the report)\n");
    expect(r.status).toBe(2);
  });
});

describe("fixing", () => {
  it("--fix writes exact bytes, keeping CRLF and the BOM, and exits by what remains", () => {
    const original = "\ufeff" + MANIFEST.replace(/\n/g, "\r\n");
    const cwd = workspace({ "deployment.json": original, "clean.json": FIXED });
    const r = run(cwd, ["--fix"]);
    expect(r).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(cwd, "deployment.json"))).toEqual(Buffer.from("\ufeff" + FIXED.replace(/\n/g, "\r\n"), "utf8"));
    expect(readFileSync(join(cwd, "clean.json"), "utf8")).toBe(FIXED);
    // idempotent
    expect(run(cwd, ["--fix"])).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(cwd, "deployment.json"))).toEqual(Buffer.from("\ufeff" + FIXED.replace(/\n/g, "\r\n"), "utf8"));
  });

  it("--fix-dry-run prints a unified diff and writes nothing", () => {
    const cwd = workspace({ "deploy/deployment.json": MANIFEST });
    const before = statSync(join(cwd, "deploy/deployment.json")).mtimeMs;
    const r = run(cwd, ["--fix-dry-run"]);
    expect(r.stdout).toBe(
      [
        "--- a/deploy/deployment.json",
        "+++ b/deploy/deployment.json",
        "@@ -8,8 +8,8 @@",
        ...lines.slice(7, 10).map((l) => " " + l),
        "-" + lines[10],
        "-" + lines[11],
        "+" + FIXED.split("\n")[10],
        "+" + FIXED.split("\n")[11],
        ...lines.slice(12, 15).map((l) => " " + l),
        "",
      ].join("\n"),
    );
    expect(r.status).toBe(0);
    expect(readFileSync(join(cwd, "deploy/deployment.json"), "utf8")).toBe(MANIFEST);
    expect(statSync(join(cwd, "deploy/deployment.json")).mtimeMs).toBe(before);
  });

  it("--gpu-out writes the fixed copy and leaves the original byte-identical", () => {
    const original = "\ufeff" + MANIFEST.replace(/\n/g, "\r\n");
    const cwd = workspace({ "deploy/deployment.json": original });
    const r = run(cwd, ["--gpu-out", "{dir}/{name}.gpu{ext}"]);
    expect(r).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(cwd, "deploy/deployment.json"))).toEqual(Buffer.from(original, "utf8"));
    expect(readFileSync(join(cwd, "deploy/deployment.gpu.json"))).toEqual(Buffer.from("\ufeff" + FIXED.replace(/\n/g, "\r\n"), "utf8"));
    // a second run replaces its own output and does not lint it as an input
    expect(run(cwd, ["--gpu-out", "{dir}/{name}.gpu{ext}"])).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(existsSync(join(cwd, "deploy/deployment.gpu.gpu.json"))).toBe(false);
    // never outside the working directory
    const out = run(cwd, ["deploy/deployment.json", "--gpu-out", "../{base}", "-f", "github"]);
    expect(out.stdout).toBe("::error file=deploy/deployment.json,line=1,col=1,endLine=1,endColumn=1,title=write-error::--gpu-out: ../deployment.json is outside the working directory; not written\n");
    expect(out.status).toBe(2);
  });
});

describe("targets", () => {
  const THREE = onlyRulesYaml(["no-host-binds", "env-name-colon", "proxy-upstream-protocol"]);
  const proxyLine = PROXY_MANIFEST.split("\n")[6]!;
  const proxyCol = proxyLine.indexOf('"https_proxy"') + 1;
  const VM_FIXED = PROXY_MANIFEST.replace('"no_proxy": { "value": "localhost" }', '"no_proxy": { "value": "localhost" }, "UpstreamProtocol": {"value": "AmqpWs"}');
  const K8S_FIXED = VM_FIXED.replace(
    '{\\"HostConfig\\":{\\"Binds\\":[\\"/srv/data:/data\\"]}}',
    '{\\"HostConfig\\":{\\"Mounts\\":[{\\"Type\\":\\"bind\\",\\"Source\\":\\"/srv/data\\",\\"Target\\":\\"/data\\"}]}}',
  ).replace('"Logging:Level"', '"Logging__Level"');
  type JsonEntry = { filePath: string; target: string; messages: { ruleId: string; target: string; line: number; column: number }[] };

  it("--target vm --format json: every entry and finding says vm, and only rules of the vm target report", () => {
    const cwd = workspace({ "deployment.json": PROXY_MANIFEST }, THREE);
    const r = run(cwd, ["--target", "vm", "--format", "json"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as JsonEntry[];
    expect(out.map((e) => [e.target, e.messages.map((m) => [m.ruleId, m.target, m.line, m.column])])).toEqual([["vm", [["proxy-upstream-protocol", "vm", 7, proxyCol]]]]);
    // with every rule on, on an FPGA manifest: nothing from a rule that does not name the vm target
    const all = workspace({ "deployment.template.json": readFileSync(join(root, "examples/fpga/deployment.template.json"), "utf8") }, "");
    const full = JSON.parse(run(all, ["--target", "vm", "--format", "json"]).stdout) as JsonEntry[];
    const vmRules = new Set(builtinRules.filter((x) => x.meta.targets.includes("vm")).map((x) => x.meta.id));
    const found = full[0]!.messages;
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((m) => !vmRules.has(m.ruleId) || m.target !== "vm")).toEqual([]);
    // the same file for kubernetes reports kubernetes-only rules (the filter above is not vacuous)
    const k8s = JSON.parse(run(all, ["--format", "json"]).stdout) as JsonEntry[];
    expect(k8s[0]!.messages.filter((m) => !vmRules.has(m.ruleId)).length).toBeGreaterThan(0);
  });

  it("--target kubernetes,vm --format sarif: a run per target with its automationDetails id", () => {
    const cwd = workspace({ "deployment.json": PROXY_MANIFEST }, THREE);
    const r = run(cwd, ["--target", "kubernetes,vm", "--format", "sarif"]);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    type SarifRun = { automationDetails: { id: string }; results: { ruleId: string; partialFingerprints: Record<string, string> }[] };
    expect(log.runs.map((x: SarifRun) => [x.automationDetails.id, x.results.map((y) => y.ruleId)])).toEqual([
      ["iotedge-gpu-lint/kubernetes/", ["proxy-upstream-protocol", "no-host-binds", "env-name-colon"]],
      ["iotedge-gpu-lint/vm/", ["proxy-upstream-protocol"]],
    ]);
    const fp = (i: number) => (log.runs[i] as SarifRun).results[0]!.partialFingerprints["iotedgeGpuLint/v1"];
    expect(fp(0)).not.toBe(fp(1));
    // stylish tags each row with its target and keeps the row shape
    const stylish = run(cwd, ["--target", "kubernetes,vm"]).stdout.split("\n");
    expect(stylish.filter((l) => /^ {2}\d+:\d+ +(error|warning|info) +\[(kubernetes|vm)\] .+ {2}[a-z-]+$/.test(l))).toHaveLength(4);
    expect(stylish.filter((l) => l.includes("[vm]"))).toHaveLength(1);
  });

  it("--fix --target kubernetes,vm without copies: exit 2, nothing written", () => {
    const cwd = workspace({ "deployment.json": PROXY_MANIFEST }, THREE);
    expect(run(cwd, ["--fix", "--target", "kubernetes,vm"])).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "iotedge-gpu-lint: --fix with several targets (kubernetes, vm) would write a different fix for each into the same file: fix one target in place (--target kubernetes or --target vm) or write a copy per target (--gpu-out '{dir}/{name}.gpu{ext}' --vm-out '{dir}/{name}.vm{ext}') (see --help)\n",
    });
    expect(readFileSync(join(cwd, "deployment.json"), "utf8")).toBe(PROXY_MANIFEST);
    // one target in place is fine
    expect(run(cwd, ["--fix", "--target", "vm"])).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(cwd, "deployment.json"), "utf8")).toBe(VM_FIXED);
  });

  it("--gpu-out and --vm-out write both copies in one run; a second run changes nothing", () => {
    const cwd = workspace({ "deploy/deployment.json": PROXY_MANIFEST }, THREE);
    const args = ["--target", "kubernetes,vm", "--gpu-out", "{dir}/{name}.gpu{ext}", "--vm-out", "{dir}/{name}.vm{ext}"];
    expect(run(cwd, [...args, "--fix"])).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(cwd, "deploy/deployment.json"), "utf8")).toBe(PROXY_MANIFEST);
    expect(readFileSync(join(cwd, "deploy/deployment.gpu.json"), "utf8")).toBe(K8S_FIXED);
    expect(readFileSync(join(cwd, "deploy/deployment.vm.json"), "utf8")).toBe(VM_FIXED);
    expect(run(cwd, args)).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(existsSync(join(cwd, "deploy/deployment.vm.vm.json")) || existsSync(join(cwd, "deploy/deployment.gpu.vm.json"))).toBe(false);
  });

  it("target: vm in a configuration found upward applies; --target overrides it", () => {
    const cwd = workspace({ "sites/a/deployment.json": PROXY_MANIFEST }, THREE + "target: vm\nvm: {shareRoot: /mnt/shares}\n");
    const targetsOf = (r: Run) => (JSON.parse(r.stdout) as JsonEntry[]).map((e) => [e.target, e.messages.map((m) => m.ruleId)]);
    expect(targetsOf(run(join(cwd, "sites/a"), ["-f", "json"]))).toEqual([["vm", ["proxy-upstream-protocol"]]]);
    expect(targetsOf(run(cwd, ["-f", "json", "--target", "kubernetes"]))).toEqual([["kubernetes", ["proxy-upstream-protocol", "no-host-binds", "env-name-colon"]]]);
    const shown = JSON.parse(run(cwd, ["--print-config", "sites/a/deployment.json"]).stdout);
    expect([shown.target, shown.vm]).toEqual([["vm"], { shareRoot: "/mnt/shares" }]);
    expect(JSON.parse(run(cwd, ["--print-config", "sites/a/deployment.json", "--target", "kubernetes,vm"]).stdout).target).toEqual(["kubernetes", "vm"]);
  });
});

describe("information", () => {
  it("--version, --help", () => {
    expect(run(tmpdir(), ["--version"])).toEqual({ status: 0, stdout: "1.0.0\n", stderr: "" });
    const h = run(tmpdir(), ["--help"]);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/^Usage: iotedge-gpu-lint \[options\] \[paths or globs\.\.\.\]/);
    for (const opt of ["--target", "--vm-out", "--format", "--fix", "--fix-dry-run", "--gpu-out", "--config", "--rule", "--max-warnings", "--list-rules", "--print-config", "--quiet", "--output-file", "--no-color", "--version", "--help"]) {
      expect(h.stdout).toContain(opt);
    }
  });

  it("--version and --help are answered by the entry alone; the engine is loaded for a run", () => {
    // the entry without its engine bundle next to it: a real run cannot start, --version can
    const alone = mkdtempSync(join(tmpdir(), "cli-entry-"));
    try {
      writeFileSync(join(alone, "cli.cjs"), readFileSync(cli()));
      const entryOnly = (args: string[]) => spawnSync(process.execPath, [join(alone, "cli.cjs"), ...args], { cwd: alone, encoding: "utf8" });
      expect(entryOnly(["--version"]).stdout).toBe("1.0.0\n");
      expect(entryOnly(["--help"]).status).toBe(0);
      const r = entryOnly(["."]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("cli-run.js");
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it("--list-rules prints id, severity, repair and description", () => {
    const r = run(tmpdir(), ["--list-rules"]);
    expect(r.status).toBe(0);
    const rows = r.stdout.trimEnd().split("\n");
    expect(rows[0]).toMatch(/^id +severity +repair +description$/);
    expect(rows.find((l) => l.startsWith("no-host-binds "))).toMatch(/^no-host-binds +error +fix +\S/);
    expect(rows.find((l) => l.startsWith("read-error "))).toMatch(/^read-error +error +none +A file that could not be read/);
    const json = JSON.parse(run(tmpdir(), ["--list-rules", "--format", "json"]).stdout);
    expect(json.find((m: { id: string }) => m.id === "env-name-colon")).toMatchObject({ severity: "error", repair: "fix" });
  });

  it("--print-config shows the resolved configuration for a file", () => {
    const cwd = workspace({ "deploy/deployment.json": MANIFEST }, "rules: {no-host-binds: warning}\nexclude: ['old/**']\n");
    const r = run(cwd, ["--print-config", "deploy/deployment.json", "--rule", "env-name-colon:info"]);
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c).toMatchObject({ filePath: "deploy/deployment.json", configFile: join(cwd, ".iotedge-gpu-lint.yml"), exclude: ["old/**"], linted: true, maxFileSize: 67108864 });
    expect(c.rules["no-host-binds"]).toBe("warning");
    expect(c.rules["env-name-colon"]).toBe("info");
  });

  it("the CLI bundle does not contain @actions/*", () => {
    expect(readFileSync(cli(), "utf8")).not.toMatch(/@actions\//);
  });
});
