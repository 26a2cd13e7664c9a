/**
 * Adopting on an existing fleet: --suppress-all / --suppress-rule write suppressions into the
 * configuration (keeping its text), a rerun is clean, unused suppressions are reported and
 * --prune-suppressions removes them. Real files in a temp dir, through runCli.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { daysFrom } from "../../src/brownfield/suppressions.js";
import { parseConfigText } from "../../src/config/load.js";
import { runCli } from "../../src/cli/run.js";
import { FIXED, MANIFEST, onlyRulesYaml } from "./fixtures.js";

const BASE = "# team configuration: keep this comment\n" + onlyRulesYaml(["no-host-binds", "env-name-colon"], { "env-name-colon": "warning" }).replace("rules:", "rules: # severities");
const BIND_POINTER = "/modulesContent/$edgeAgent/properties.desired/modules/camera/settings/createOptions/HostConfig/Binds/0";
const ENV_POINTER = "/modulesContent/$edgeAgent/properties.desired/modules/camera/env/Logging:Level";
const REASON = '"TODO: fix, or explain why this is accepted (written by --suppress-all)"';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "brownfield-"));
  mkdirSync(join(dir, ".git"));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, ".."), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

async function cli(cwd: string, args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { cwd, env: {}, isTTY: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: async () => MANIFEST });
  return { code, stdout, stderr };
}

const read = (dir: string, p = ".iotedge-gpu-lint.yml") => readFileSync(join(dir, p), "utf8");

function entry(files: string, rule: string, pointer: string, expires = "2027-03-02", reason = REASON): string {
  return `  - files: ${files}\n    rule: ${rule}\n    module: camera\n    pointer: ${pointer}\n    reason: ${reason}\n    expires: "${expires}"\n`;
}

describe("--suppress-all", () => {
  it("appends one suppression per finding to the nearest configuration, keeping its text; a rerun exits 0", async () => {
    const dir = workspace({ ".iotedge-gpu-lint.yml": BASE, "deploy/deployment.json": MANIFEST });
    expect((await cli(dir, [])).code).toBe(1);
    const r = await cli(dir, ["--suppress-all", "--suppress-expires", "2027-03-02"]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "iotedge-gpu-lint: wrote 2 suppressions to .iotedge-gpu-lint.yml (expires 2027-03-02)\n" });
    expect(read(dir)).toBe(BASE + "suppressions:\n" + entry("deploy/deployment.json", "no-host-binds", BIND_POINTER) + entry("deploy/deployment.json", "env-name-colon", ENV_POINTER));
    expect(parseConfigText(read(dir), "x.yml").suppressions).toHaveLength(2);
    expect(await cli(dir, [])).toEqual({ code: 0, stdout: "", stderr: "" });
    // nothing left to suppress: the file stays as it is
    const before = read(dir);
    expect(await cli(dir, ["--suppress-all"])).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(read(dir)).toBe(before);
  });

  it("adds to an existing list after its last item, keeping comments and other entries byte for byte", async () => {
    const existing = BASE + "suppressions:\n  # reviewed in March\n  - files: other/*.json # the lab\n    rule: host-network\n    reason: lab gateway\n# trailing comment\n";
    const dir = workspace({ ".iotedge-gpu-lint.yml": existing, "deployment.json": MANIFEST });
    expect((await cli(dir, ["--suppress-all", "--suppress-expires", "2027-03-02"])).code).toBe(0);
    expect(read(dir)).toBe(
      BASE +
        "suppressions:\n  # reviewed in March\n  - files: other/*.json # the lab\n    rule: host-network\n    reason: lab gateway\n" +
        entry("deployment.json", "no-host-binds", BIND_POINTER) +
        entry("deployment.json", "env-name-colon", ENV_POINTER) +
        "# trailing comment\n",
    );
  });

  it("fills an empty list (what pruning leaves) and keeps CRLF line endings", async () => {
    const crlf = (t: string) => t.replace(/\n/g, "\r\n");
    const dir = workspace({ ".iotedge-gpu-lint.yml": crlf(BASE + "suppressions: [] # all fixed\nmaxFileSize: 1000000\n"), "deployment.json": MANIFEST });
    expect((await cli(dir, ["--suppress-rule", "no-host-binds", "--suppress-expires", "2027-03-02"])).code).toBe(0);
    expect(read(dir)).toBe(
      crlf(BASE + "suppressions: # all fixed\n" + entry("deployment.json", "no-host-binds", BIND_POINTER, "2027-03-02", REASON.replace("--suppress-all", "--suppress-rule")) + "maxFileSize: 1000000\n"),
    );
  });

  it("creates .iotedge-gpu-lint.yml when there is no configuration; the default expiry is 90 days", async () => {
    const dir = workspace({ "deployment.json": MANIFEST });
    const days = [daysFrom(new Date(), 90)];
    const r = await cli(dir, ["--suppress-all"]);
    days.push(daysFrom(new Date(), 90));
    expect(r.code).toBe(0);
    const text = read(dir);
    expect(text.startsWith("suppressions:\n  - files: deployment.json\n")).toBe(true);
    const config = parseConfigText(text, ".iotedge-gpu-lint.yml");
    expect(config.suppressions.length).toBeGreaterThanOrEqual(2);
    for (const s of config.suppressions) {
      expect(days).toContain(s.expires);
      expect(s.reason.startsWith("TODO: ")).toBe(true);
    }
    expect(await cli(dir, [])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("--suppress-rule suppresses that rule's findings only; --suppress-expires takes days", async () => {
    const dir = workspace({ ".iotedge-gpu-lint.yml": BASE, "deployment.json": MANIFEST });
    const r = await cli(dir, ["--suppress-rule", "env-name-colon", "--suppress-expires", "30"]);
    const expires = daysFrom(new Date(), 30);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`iotedge-gpu-lint: wrote 1 suppression to .iotedge-gpu-lint.yml (expires ${expires})\n`);
    expect(read(dir)).toBe(BASE + "suppressions:\n" + entry("deployment.json", "env-name-colon", ENV_POINTER, expires, REASON.replace("--suppress-all", "--suppress-rule")));
    expect(r.stdout).toContain("no-host-binds");
    expect(r.stdout).not.toContain("env-name-colon");
  });

  it("a JSON configuration gets the entries as JSON", async () => {
    const dir = workspace({ ".iotedge-gpu-lint.json": JSON.stringify({ rules: parseConfigText(BASE, "b.yml").rules }), "deployment.json": MANIFEST });
    expect((await cli(dir, ["--suppress-rule", "no-host-binds", "--suppress-expires", "2027-03-02"])).code).toBe(0);
    const data = JSON.parse(read(dir, ".iotedge-gpu-lint.json")) as { suppressions: unknown[] };
    expect(data.suppressions).toEqual([
      { files: "deployment.json", rule: "no-host-binds", module: "camera", pointer: BIND_POINTER, reason: JSON.parse(REASON.replace("--suppress-all", "--suppress-rule")), expires: "2027-03-02" },
    ]);
    expect(existsSync(join(dir, ".iotedge-gpu-lint.yml"))).toBe(false);
  });

  it("escapes glob characters in file names", async () => {
    const dir = workspace({ ".iotedge-gpu-lint.yml": BASE, "site [1]/deployment.json": MANIFEST });
    expect((await cli(dir, ["--suppress-all"])).code).toBe(0);
    expect(parseConfigText(read(dir), "c.yml").suppressions[0]!.files).toEqual(["site \\[1\\]/deployment.json"]);
    expect((await cli(dir, [])).code).toBe(0);
  });

  it("each file's suppressions go to its nearest configuration, or to --config", async () => {
    const dir = workspace({ ".iotedge-gpu-lint.yml": BASE, "site/.iotedge-gpu-lint.yml": BASE, "site/deployment.json": MANIFEST, "deployment.json": MANIFEST });
    const r = await cli(dir, ["--suppress-rule", "no-host-binds", "--suppress-expires", "2027-03-02"]);
    expect(r.stderr).toBe(
      "iotedge-gpu-lint: wrote 1 suppression to .iotedge-gpu-lint.yml (expires 2027-03-02)\niotedge-gpu-lint: wrote 1 suppression to site/.iotedge-gpu-lint.yml (expires 2027-03-02)\n",
    );
    const reason = REASON.replace("--suppress-all", "--suppress-rule");
    expect(read(dir)).toBe(BASE + "suppressions:\n" + entry("deployment.json", "no-host-binds", BIND_POINTER, "2027-03-02", reason));
    expect(read(dir, "site/.iotedge-gpu-lint.yml")).toBe(BASE + "suppressions:\n" + entry("site/deployment.json", "no-host-binds", BIND_POINTER, "2027-03-02", reason));
    const other = workspace({ "team.yml": BASE, "deployment.json": MANIFEST });
    expect((await cli(other, ["--config", "team.yml", "--suppress-all"])).code).toBe(0);
    expect(parseConfigText(read(other, "team.yml"), "team.yml").suppressions).toHaveLength(2);
    expect(existsSync(join(other, ".iotedge-gpu-lint.yml"))).toBe(false);
  });

  it("with --fix: fixes what it can, then suppresses what is left", async () => {
    const dir = workspace({ ".iotedge-gpu-lint.yml": BASE.replace("  manifest-schema: off", "  manifest-schema: error"), "deployment.json": MANIFEST });
    const r = await cli(dir, ["--fix", "--suppress-all", "--suppress-expires", "2027-03-02"]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "deployment.json"), "utf8")).toBe(FIXED);
    const rules = parseConfigText(read(dir), "c.yml").suppressions.map((x) => x.rule[0]);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((id) => id === "manifest-schema")).toBe(true);
    expect(await cli(dir, [])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("usage errors", async () => {
    const dir = workspace({ ".iotedge-gpu-lint.yml": BASE, "deployment.json": MANIFEST });
    expect(await cli(dir, ["--suppress-rule", "no-host-bind"])).toEqual({ code: 2, stdout: "", stderr: "iotedge-gpu-lint: --suppress-rule: unknown rule id 'no-host-bind' (did you mean 'no-host-binds'?) (see --help)\n" });
    expect((await cli(dir, ["--suppress-all", "--stdin"])).stderr).toBe("iotedge-gpu-lint: --stdin cannot be used with --suppress-all, --suppress-rule or --prune-suppressions (see --help)\n");
    expect((await cli(dir, ["--suppress-expires", "2027-02-30", "--suppress-all"])).stderr).toBe(
      "iotedge-gpu-lint: --suppress-expires: expected a date (YYYY-MM-DD) or a number of days, got '2027-02-30' (see --help)\n",
    );
    expect((await cli(dir, ["--suppress-expires", "3"])).code).toBe(2);
    expect(read(dir)).toBe(BASE);
  });
});

describe("unused suppressions", () => {
  const used = "  - files: deploy/a.json\n    rule: no-host-binds\n    reason: kept\n";
  const unusedEntry = "  - files: deploy/b.json # fixed since\n    rule: env-name-colon\n    reason: old\n";
  const elsewhere = "  - files: lab/*.json\n    rule: no-host-binds\n    reason: not linted in this run\n";
  const config = BASE + "suppressions:\n" + used + unusedEntry + elsewhere;

  it("are reported where they stand in the configuration (warning); --prune-suppressions removes just them", async () => {
    const dir = workspace({ ".iotedge-gpu-lint.yml": config, "deploy/a.json": MANIFEST, "deploy/b.json": FIXED });
    const line = config.split("\n").indexOf("  - files: deploy/b.json # fixed since") + 1;
    const r = await cli(dir, ["deploy", "--format", "json"]);
    const report = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; severity: string; message: string }[] }[];
    const forConfig = report.find((f) => f.filePath.endsWith(".iotedge-gpu-lint.yml"))!;
    expect(forConfig.messages).toEqual([
      expect.objectContaining({
        ruleId: "suppression-unused",
        severity: "warning",
        line,
        column: 5,
        message: "suppression 2 (env-name-colon in deploy/b.json) matches no finding in the linted file it names; remove it (--prune-suppressions does)",
      }),
    ]);
    // a.json's env-name-colon warning remains, no errors: exit 0
    expect(r.code).toBe(0);
    const p = await cli(dir, ["deploy", "--prune-suppressions"]);
    expect(p.stderr).toBe("iotedge-gpu-lint: removed 1 unused suppression from .iotedge-gpu-lint.yml\n");
    expect(read(dir)).toBe(BASE + "suppressions:\n" + used + elsewhere);
    expect((await cli(dir, ["deploy", "--format", "json"])).stdout).not.toContain("suppression-unused");
  });

  it("removing the last one leaves an empty list; the rule can be switched off", async () => {
    const only = BASE + "suppressions:\n" + unusedEntry;
    const dir = workspace({ ".iotedge-gpu-lint.yml": only, "deploy/b.json": FIXED });
    expect((await cli(dir, ["--rule", "suppression-unused:off"])).stdout).toBe("");
    expect((await cli(dir, [])).stdout).toContain("suppression-unused");
    expect((await cli(dir, ["--prune-suppressions"])).code).toBe(0);
    expect(read(dir)).toBe(BASE + "suppressions: []\n");
    expect(parseConfigText(read(dir), "c.yml").suppressions).toEqual([]);
  });

  it("a suppression of a rule that is off is not judged", async () => {
    const dir = workspace({ ".iotedge-gpu-lint.yml": config, "deploy/a.json": MANIFEST, "deploy/b.json": FIXED });
    expect((await cli(dir, ["--rule", "env-name-colon:off"])).stdout).not.toContain("suppression-unused");
  });
});
