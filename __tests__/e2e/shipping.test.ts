/**
 * How the package is shipped and used, end to end with the bundled CLI (built once into a temp
 * dir): the executable bin, --stdin, the problem matcher over real stylish output, and the
 * pre-commit hook's entry.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { FIXED, MANIFEST, onlyRulesYaml } from "../cli/fixtures.js";
import { bundledCli, root, workspaceWith, type Run } from "./cli-harness.js";

const { cli, run: runCli } = bundledCli("ship");

function run(cwd: string, args: string[], input?: string): Run {
  return runCli(cwd, args, input === undefined ? {} : { input });
}

function workspace(files: Record<string, string>): string {
  return workspaceWith("ship", files);
}

const listing = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => !f.startsWith(".git"))
    .sort();

const CONFIG = onlyRulesYaml(["no-host-binds", "env-name-colon"], { "env-name-colon": "warning" });

describe("the bin", () => {
  it("is committed executable (100755) and the build writes it executable", () => {
    expect(execFileSync("git", ["ls-files", "-s", "dist/cli.cjs"], { cwd: root, encoding: "utf8" })).toMatch(/^100755 [0-9a-f]{40} 0\tdist\/cli\.cjs\n$/);
    expect(statSync(cli()).mode & 0o777).toBe(0o755);
    // run directly, as npx and a shell do (the #! line and the mode)
    expect(execFileSync(cli(), ["--version"], { encoding: "utf8" })).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("--stdin", () => {
  it("lints standard input as the file --stdin-filename names; exit 1 on errors; nothing is written", () => {
    const dir = workspace({ ".iotedge-gpu-lint.yml": CONFIG });
    const r = run(dir, ["--stdin", "--stdin-filename", "deploy/deployment.json", "--format", "json"], MANIFEST);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    expect(report.map((f) => [f.filePath, f.messages.map((m) => [m.ruleId, m.line])])).toEqual([
      [join(dir, "deploy", "deployment.json"), [["no-host-binds", 11], ["env-name-colon", 12]]],
    ]);
    expect(listing(dir)).toEqual([".iotedge-gpu-lint.yml"]);
  });

  it("the default name is deployment.json; a clean input exits 0 with no output", () => {
    const dir = workspace({ ".iotedge-gpu-lint.yml": CONFIG });
    expect(run(dir, ["--stdin"], FIXED)).toEqual({ status: 0, stdout: "", stderr: "" });
    const r = run(dir, ["--stdin"], MANIFEST);
    expect(r.status).toBe(1);
    expect(r.stdout.split("\n")[1]).toBe("deployment.json");
  });

  it("--fix prints the fixed text to standard output and writes nothing", () => {
    const dir = workspace({ ".iotedge-gpu-lint.yml": CONFIG });
    expect(run(dir, ["--stdin", "--fix", "--stdin-filename", "deployment.json"], MANIFEST)).toEqual({ status: 0, stdout: FIXED, stderr: "" });
    expect(listing(dir)).toEqual([".iotedge-gpu-lint.yml"]);
    // nothing to fix: the input comes back unchanged
    expect(run(dir, ["--stdin", "--fix"], FIXED)).toEqual({ status: 0, stdout: FIXED, stderr: "" });
  });

  it("--fix-dry-run prints the diff under the --stdin-filename name and writes nothing", () => {
    const dir = workspace({ ".iotedge-gpu-lint.yml": CONFIG });
    const r = run(dir, ["--stdin", "--fix-dry-run", "--stdin-filename", "deploy/deployment.json"], MANIFEST);
    // as for a file: the exit code counts what the fixes would leave (nothing here)
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith("--- a/deploy/deployment.json\n+++ b/deploy/deployment.json\n")).toBe(true);
    expect(r.stdout).toContain('+            "env": { "Logging__Level": { "value": "debug" } }\n');
    expect(listing(dir)).toEqual([".iotedge-gpu-lint.yml"]);
  });

  it("--fix with findings left: the fixed text on stdout, the report on stderr, exit 1", () => {
    // manifest-schema: the module has no status and no restartPolicy (errors without a fix)
    const dir = workspace({ ".iotedge-gpu-lint.yml": onlyRulesYaml(["no-host-binds", "manifest-schema"]) });
    const r = run(dir, ["--stdin", "--fix"], MANIFEST);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('\\"Mounts\\":[{\\"Type\\":\\"bind\\"');
    expect(r.stdout).not.toContain("Binds");
    expect(r.stdout).toBe(MANIFEST.replace('{\\"HostConfig\\":{\\"Binds\\":[\\"/srv/data:/data\\"]}}', '{\\"HostConfig\\":{\\"Mounts\\":[{\\"Type\\":\\"bind\\",\\"Source\\":\\"/srv/data\\",\\"Target\\":\\"/data\\"}]}}'));
    expect(r.stderr).toMatch(/^\ndeployment\.json\n {2}\d+:\d+ +error .*manifest-schema\n/);
    expect(r.stderr).not.toContain("no-host-binds");
  });

  it("the name decides template reading and the configuration that applies", () => {
    const template = MANIFEST.replace('"modulesContent": {', '"modulesContent": { // generated by the IoT Edge tooling');
    const dir = workspace({ ".iotedge-gpu-lint.yml": onlyRulesYaml(["no-host-binds", "env-name-colon", "invalid-json"]), "site/.iotedge-gpu-lint.yml": onlyRulesYaml(["env-name-colon"]) });
    const ids = (args: string[]) => (JSON.parse(run(dir, ["--stdin", "--format", "json", ...args], template).stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => m.ruleId);
    expect(ids(["--stdin-filename", "deployment.json"])).toEqual(["invalid-json"]);
    expect(ids(["--stdin-filename", "deployment.template.json"])).toEqual(["no-host-binds", "env-name-colon"]);
    expect(ids(["--stdin-filename", "site/deployment.template.json"])).toEqual(["env-name-colon"]);
  });

  it("usage errors", () => {
    const dir = workspace({});
    expect(run(dir, ["--stdin", "x.json"])).toEqual({ status: 2, stdout: "", stderr: "iotedge-gpu-lint: --stdin lints standard input: give no paths (see --help)\n" });
    expect(run(dir, ["--stdin-filename", "x.json"])).toEqual({ status: 2, stdout: "", stderr: "iotedge-gpu-lint: --stdin-filename needs --stdin (see --help)\n" });
    // an empty input named deployment.json is a manifest that does not parse, as an empty file would be
    const empty = run(dir, ["--stdin"], "");
    expect(empty.status).toBe(1);
    expect(empty.stdout).toContain("invalid-json");
  });
});

interface Matcher {
  problemMatcher: { owner: string; pattern: { regexp: string; file?: number; line?: number; column?: number; severity?: number; message?: number; code?: number; loop?: boolean }[] }[];
}

/** What the runner does with a two-line matcher: a file line, then a loop of finding lines. */
function applyMatcher(m: Matcher, log: string): { file: string; line: number; column: number; severity: string; message: string; code: string }[] {
  const [fileP, rowP] = m.problemMatcher[0]!.pattern;
  const fileRe = new RegExp(fileP!.regexp);
  const rowRe = new RegExp(rowP!.regexp);
  const out = [];
  let file: string | undefined;
  for (const line of log.split("\n")) {
    const row = file !== undefined ? rowRe.exec(line) : null;
    if (row !== null) {
      out.push({ file: file!, line: Number(row[rowP!.line!]), column: Number(row[rowP!.column!]), severity: row[rowP!.severity!]!, message: row[rowP!.message!]!, code: row[rowP!.code!]! });
      continue;
    }
    const f = fileRe.exec(line);
    file = f === null ? undefined : f[fileP!.file!];
  }
  return out;
}

describe("problem matcher", () => {
  const matcher = JSON.parse(readFileSync(join(root, ".github", "iotedge-gpu-lint-matcher.json"), "utf8")) as Matcher;

  it("matches every finding line of the stylish output of examples/fpga with its file, position, severity, message and rule", () => {
    const stylish = run(root, ["examples/fpga"]).stdout;
    const json = JSON.parse(run(root, ["examples/fpga", "--format", "json"]).stdout) as { filePath: string; messages: { line: number; column: number; severity: string; message: string; ruleId: string; suppressed?: unknown }[] }[];
    const expected = json.flatMap((f) =>
      f.messages
        .filter((m) => m.suppressed === undefined)
        .map((m) => ({ file: relative(root, f.filePath), line: m.line, column: m.column, severity: m.severity, message: m.message, code: m.ruleId })),
    );
    expect(expected.length).toBeGreaterThan(50);
    expect(applyMatcher(matcher, stylish)).toEqual(expected);
    // every indented position line is a finding the matcher took
    expect(stylish.split("\n").filter((l) => /^ {2}\d+:\d+ /.test(l))).toHaveLength(expected.length);
  });

  it("tolerates a target tag before the rule id", () => {
    expect(applyMatcher(matcher, "a.json\n  3:7  warning  some message  [vm]  no-host-binds\n")).toEqual([
      { file: "a.json", line: 3, column: 7, severity: "warning", message: "some message", code: "no-host-binds" },
    ]);
  });
});

describe("pre-commit hook", () => {
  const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as { id: string; entry: string; language: string; files: string; args?: string[]; pass_filenames?: boolean }[];
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string> };
  const hook = hooks[0]!;
  // pre-commit searches each staged path with the `files` regex (Python re.search)
  const selected = (paths: string[]) => paths.filter((p) => new RegExp(hook.files).test(p));

  it("is a node hook whose entry is the package's bin, for manifests and the configuration", () => {
    expect(hooks).toHaveLength(1);
    expect(hook).toMatchObject({ id: "iotedge-gpu-lint", language: "node", entry: "iotedge-gpu-lint" });
    expect(pkg.bin[hook.entry]).toBe("dist/cli.cjs");
    expect(selected(["examples/fpga/deployment.amd64.json", "a/deployment.template.json", ".iotedge-gpu-lint.yml", "sub/.iotedge-gpu-lint.yaml", "README.md", "src/index.ts", "x.yml"])).toEqual([
      "examples/fpga/deployment.amd64.json",
      "a/deployment.template.json",
      ".iotedge-gpu-lint.yml",
      "sub/.iotedge-gpu-lint.yaml",
    ]);
  });

  it("its entry fails the commit on the FPGA examples and passes staged files without errors", () => {
    const staged = selected(readdirSync(join(root, "examples", "fpga")).map((f) => `examples/fpga/${f}`));
    expect(staged).toHaveLength(4);
    const r = run(root, [...(hook.args ?? []), ...staged]);
    expect(r.status).toBe(1);
    for (const f of staged) expect(r.stdout).toContain(`\n${f}\n`);
    const dir = workspace({ ".iotedge-gpu-lint.yml": CONFIG, "deployment.json": FIXED, "package.json": '{"name":"x"}' });
    expect(run(dir, [...(hook.args ?? []), ...selected([".iotedge-gpu-lint.yml", "deployment.json", "package.json"])])).toEqual({ status: 0, stdout: "", stderr: "" });
  });
});
