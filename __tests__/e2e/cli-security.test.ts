/**
 * Issue 13 through the bundled CLI (built once into a temp dir, run as a child process): files
 * outside the working directory, read-only and hard-linked files, edited --gpu-out copies and
 * collisions, FIFOs, hostile configurations and policies. Every run has a generous timeout as a
 * safety net only (a hang fails the test instead of stalling the suite); the assertions are on
 * exit codes, reports and bytes on disk.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXED, MANIFEST, onlyRulesYaml } from "../cli/fixtures.js";
import { bundledCli, workspaceWith, type Run } from "./cli-harness.js";

const { run: runCli } = bundledCli("cli-sec");

function run(cwd: string, args: string[]): Run {
  return runCli(cwd, args, { timeout: 60_000 });
}

const CONFIG = onlyRulesYaml(["no-host-binds", "env-name-colon"]);

/** A repository (with .git) holding these files and the two-rule configuration. */
function workspace(files: Record<string, string> = {}, config = CONFIG): string {
  return workspaceWith("cli-sec", files, config);
}

const IO_FAILURE = "iotedge-gpu-lint: 1 file could not be read or written (see the report)\n";
const githubLine = (file: string, rule: string, message: string) => `::error file=${file},line=1,col=1,endLine=1,endColumn=1,title=${rule}::${message}\n`;

describe("writes where it must not (items 4–7)", () => {
  it("--fix 'linkdir/*.json' through a link leading outside: exit 2, the outside file untouched", () => {
    const outside = workspace({ "deployment.json": MANIFEST }, "");
    const cwd = workspace();
    symlinkSync(outside, join(cwd, "linkdir"));
    const r = run(cwd, ["--fix", "-f", "github", "linkdir/*.json"]);
    expect(r).toEqual({
      status: 2,
      stdout: githubLine("linkdir", "read-error", `symlink leads outside the working directory (to ${outside}); not followed`),
      stderr: IO_FAILURE,
    });
    expect(readFileSync(join(outside, "deployment.json"), "utf8")).toBe(MANIFEST);
  });

  it("--fix ../outside/deployment.json is refused (exit 2); --allow-outside-cwd fixes it", () => {
    const top = workspace({ "outside/deployment.json": MANIFEST, "inner/.iotedge-gpu-lint.yml": CONFIG, "inner/a.json": FIXED });
    const cwd = join(top, "inner");
    const refused = run(cwd, ["--fix", "-f", "github", "../outside/deployment.json"]);
    expect(refused).toEqual({
      status: 2,
      stdout: githubLine("../outside/deployment.json", "read-error", "outside the working directory; not read (run from a folder that contains it, or pass --allow-outside-cwd)"),
      stderr: IO_FAILURE,
    });
    expect(readFileSync(join(top, "outside/deployment.json"), "utf8")).toBe(MANIFEST);
    expect(run(cwd, ["--fix", "--allow-outside-cwd", "../outside/deployment.json"])).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(top, "outside/deployment.json"), "utf8")).toBe(FIXED);
  });

  it("--fix on a read-only file or a hard-linked file: untouched, write-error, exit 2", () => {
    const cwd = workspace({ "ro.json": MANIFEST, "linked.json": MANIFEST });
    chmodSync(join(cwd, "ro.json"), 0o444);
    linkSync(join(cwd, "linked.json"), join(cwd, "other-name.txt"));
    const r = run(cwd, ["--fix", "-f", "github", "ro.json", "linked.json"]);
    expect(r.stdout).toBe(
      githubLine("linked.json", "write-error", "linked.json has 2 hard links; not rewritten (a rewrite would split them: the other names would keep the old text). Fix it through a copy, or use --gpu-out") +
        githubLine("ro.json", "write-error", "ro.json is read-only (mode 0444); not written. Make it writable to apply the fixes"),
    );
    expect(r.stderr).toBe("iotedge-gpu-lint: 2 files could not be read or written (see the report)\n");
    expect(r.status).toBe(2);
    expect(readFileSync(join(cwd, "ro.json"), "utf8")).toBe(MANIFEST);
    expect(readFileSync(join(cwd, "other-name.txt"), "utf8")).toBe(MANIFEST);
  });

  it("--gpu-out keeps a hand-edited copy (exit 2) and refuses two inputs for one output", () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    expect(run(cwd, ["--gpu-out", "{dir}/{name}.gpu{ext}"]).status).toBe(0);
    const edited = FIXED.replace('"debug"', '"trace"');
    writeFileSync(join(cwd, "deployment.gpu.json"), edited);
    writeFileSync(join(cwd, "deployment.json"), MANIFEST.replace("camera:1", "camera:2"));
    expect(run(cwd, ["-f", "github", "--gpu-out", "{dir}/{name}.gpu{ext}"])).toEqual({
      status: 2,
      stdout: githubLine("deployment.json", "write-error", "--gpu-out: deployment.gpu.json was changed since this tool wrote it; not overwritten (delete it to have it written again, or choose another pattern)"),
      stderr: IO_FAILURE,
    });
    expect(readFileSync(join(cwd, "deployment.gpu.json"), "utf8")).toBe(edited);

    const two = workspace({ "a/deployment.json": MANIFEST, "b/deployment.json": MANIFEST });
    const r = run(two, ["-f", "github", "--gpu-out", "gpu/{base}"]);
    const message = "--gpu-out: a/deployment.json and b/deployment.json both map to gpu/deployment.json; neither is written (use a pattern that keeps them apart, e.g. with {dir})";
    expect(r).toEqual({
      status: 2,
      stdout: githubLine("a/deployment.json", "write-error", message) + githubLine("b/deployment.json", "write-error", message),
      stderr: "iotedge-gpu-lint: 2 files could not be read or written (see the report)\n",
    });
    expect(existsSync(join(two, "gpu"))).toBe(false);
  });
});

describe("hangs and blow-ups (items 8, 12, 13)", () => {
  it("a FIFO named on the command line is a read-error (exit 2), not a hang", () => {
    const cwd = workspace();
    execFileSync("mkfifo", [join(cwd, "deployment.json")]);
    expect(run(cwd, ["-f", "github", "deployment.json"])).toEqual({
      status: 2,
      stdout: githubLine("deployment.json", "read-error", "not a regular file (a FIFO (named pipe)); only regular files are read"),
      stderr: IO_FAILURE,
    });
  });

  it("a custom rule with a backtracking-prone pattern finishes on a 40-character image, with the finding", () => {
    const image = `contoso.azurecr.io/${"a".repeat(40)}!`;
    const config = [
      "rules: {" + CONFIG.split("\n").slice(1, -1).map((l) => l.trim().replace(/: (\w+)$/, ': "$1"')).join(", ") + "}",
      "customRules:",
      "  - id: approved-registry",
      "    severity: error",
      "    message: \"module '{module}': {value} is not from an approved registry\"",
      "    scope: settings",
      "    path: image",
      "    schema:",
      "      type: string",
      String.raw`      pattern: '^(contoso\.azurecr\.io|mcr\.microsoft\.com)/([a-z0-9]+[._-]?)+(:[\w.-]+)?$'`,
      "",
    ].join("\n");
    const cwd = workspace({ "deployment.json": FIXED.replace("camera:1", image) }, config);
    const r = run(cwd, ["-f", "json"]);
    expect(r.status).toBe(1);
    const [file] = JSON.parse(r.stdout) as { messages: { ruleId: string; message: string }[] }[];
    expect(file!.messages.map((m) => [m.ruleId, m.message])).toEqual([["approved-registry", `module 'camera': ${image} is not from an approved registry`]]);
  });

  it("a YAML alias bomb in the configuration: exit 2 naming the file, never 'internal error'", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]", ""].join("\n");
    const cwd = workspace({ "deployment.json": MANIFEST }, bomb);
    expect(run(cwd, [])).toEqual({
      status: 2,
      stdout: "",
      stderr: `iotedge-gpu-lint: ${join(cwd, ".iotedge-gpu-lint.yml")}: not valid YAML: Excessive alias count indicates a resource exhaustion attack\n`,
    });
  });

  it("-c /etc/passwd: exit 2, the echoed value capped", () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    const r = run(cwd, ["-c", "/etc/passwd"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^iotedge-gpu-lint: \/etc\/passwd: .*\n$/);
    const passwd = readFileSync("/etc/passwd", "utf8");
    if (passwd.length > 250) {
      expect(r.stderr).toMatch(/…\(\d+ more characters\)/);
      expect(r.stderr.length).toBeLessThan(400);
    }
  });
});

describe("configuration search (Smaller)", () => {
  it("without a .git, a configuration above the working directory is not applied", () => {
    const top = mkdtempSync(join(tmpdir(), "cli-sec-nogit-"));
    writeFileSync(join(top, ".iotedge-gpu-lint.yml"), "rules: {no-host-binds: off, env-name-colon: off}\n");
    mkdirSync(join(top, "project"));
    writeFileSync(join(top, "project", ".iotedge-gpu-lint.yml"), "root: true\n" + CONFIG);
    writeFileSync(join(top, "project", "deployment.json"), MANIFEST);
    mkdirSync(join(top, "project", "sub"));
    writeFileSync(join(top, "project", "sub", "deployment.json"), MANIFEST);
    // from the project: its own configuration
    const fromProject = run(join(top, "project"), ["-f", "github", "deployment.json"]);
    expect(fromProject.stdout.split("\n").filter(Boolean).map((l) => /title=([\w-]+)/.exec(l)![1])).toEqual(["no-host-binds", "env-name-colon"]);
    // from a folder without a configuration: nothing above it applies (the defaults do)
    const fromSub = run(join(top, "project", "sub"), ["-f", "json", "--print-config", "deployment.json"]);
    expect(JSON.parse(fromSub.stdout)).toMatchObject({ configFile: null });
  });
});
