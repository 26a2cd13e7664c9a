import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { FileSearchError, firstInvalidUtf8, gpuOutPath, lintFiles, lintFilesDetailed } from "../../src/files.js";
import { FIXED, MANIFEST, onlyRules, onlyRulesYaml } from "./fixtures.js";

const RULES = onlyRules(["no-host-binds", "env-name-colon"]);
const NOT_A_MANIFEST = '{"name": "pkg", "version": "1.0.0"}\n';

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "files-"));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(join(dir, p, ".."), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return dir;
}

const ids = (r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId);
const line11 = MANIFEST.split("\n")[10]!;

describe("file discovery", () => {
  it("walks directories for *.json, skipping node_modules, .git and dist; non-manifests come back skipped", async () => {
    const cwd = workspace({
      "a/deployment.json": MANIFEST,
      "a/b/other.template.json": MANIFEST,
      "a/readme.md": "x",
      "package.json": NOT_A_MANIFEST,
      "node_modules/x/deployment.json": MANIFEST,
      ".git/deployment.json": MANIFEST,
      "dist/deployment.json": MANIFEST,
    });
    const results = await lintFiles(["."], { cwd, rules: RULES });
    expect(results.map((r) => [r.filePath.slice(cwd.length + 1), r.skipped === true])).toEqual([
      ["a/b/other.template.json", false],
      ["a/deployment.json", false],
      ["package.json", true],
    ]);
    expect(ids(results[1]!)).toEqual(["no-host-binds", "env-name-colon"]);
    expect(results[1]).toMatchObject({ errorCount: 2, warningCount: 0, fixableCount: 2 });
    const binds = results[1]!.messages[0]!;
    expect([binds.line, binds.column]).toEqual([11, line11.indexOf('\\"/srv/data:/data\\"') + 1]);
  });

  it("a file named explicitly is linted even inside dist; the default pattern is .", async () => {
    const cwd = workspace({ "dist/deployment.json": MANIFEST, "x.json": MANIFEST });
    expect((await lintFiles(["dist/deployment.json"], { cwd, rules: RULES })).map((r) => r.filePath)).toEqual([join(cwd, "dist/deployment.json")]);
    expect((await lintFiles([], { cwd, rules: RULES })).map((r) => r.filePath)).toEqual([join(cwd, "x.json")]);
  });

  it("globs match workspace-relative paths", async () => {
    const cwd = workspace({ "deploy/a.template.json": MANIFEST, "deploy/b.json": MANIFEST, "deploy/sub/c.template.json": MANIFEST });
    const found = await lintFiles(["deploy/**/*.template.json"], { cwd, rules: RULES });
    expect(found.map((r) => r.filePath.slice(cwd.length + 1))).toEqual(["deploy/a.template.json", "deploy/sub/c.template.json"]);
  });

  it("a path or glob that matches nothing is a FileSearchError", async () => {
    const cwd = workspace({ "a.json": MANIFEST });
    await expect(lintFiles(["missing.json"], { cwd })).rejects.toThrow(new FileSearchError("no such file or directory: missing.json"));
    await expect(lintFiles(["**/*.yaml"], { cwd })).rejects.toThrow("no files match the pattern: **/*.yaml");
  });

  it("include and exclude from the configuration", async () => {
    const cwd = workspace({
      ".iotedge-gpu-lint.yml": onlyRulesYaml(["no-host-binds"], {}, "include: ['deploy/**']\nexclude: ['**/old/**']\n"),
      "deploy/a.json": MANIFEST,
      "deploy/old/b.json": MANIFEST,
      "other/c.json": MANIFEST,
    });
    const found = await lintFiles(["."], { cwd });
    expect(found.map((r) => r.filePath.slice(cwd.length + 1))).toEqual(["deploy/a.json"]);
    expect(ids(found[0]!)).toEqual(["no-host-binds"]);
    // a file named on the command line is linted unless excluded
    expect((await lintFiles(["other/c.json", "deploy/old/b.json"], { cwd })).map((r) => r.filePath.slice(cwd.length + 1))).toEqual(["other/c.json"]);
  });

  it("a bad configuration throws a ConfigError naming file and key", async () => {
    const cwd = workspace({ ".iotedge-gpu-lint.yml": "rules:\n  no-host-binds: fatal\n", "a.json": MANIFEST });
    await expect(lintFiles(["."], { cwd })).rejects.toThrow(ConfigError);
    await expect(lintFiles(["."], { cwd })).rejects.toThrow(/\.iotedge-gpu-lint\.yml: rules\.no-host-binds: 'fatal' is not allowed; allowed values: error, warning, info, off$/);
  });

  it("--config applies one file to every path", async () => {
    const cwd = workspace({ "cfg/lint.json": JSON.stringify({ rules: onlyRules(["env-name-colon"]) }), "a/b.json": MANIFEST });
    const [r] = await lintFiles(["a"], { cwd, config: "cfg/lint.json" });
    expect(ids(r!)).toEqual(["env-name-colon"]);
  });
});

describe("reading safely", () => {
  it("a symlink leading outside the working directory is an error result, not followed", async () => {
    const outside = workspace({ "secret.json": MANIFEST });
    const cwd = workspace({ "in.json": MANIFEST });
    symlinkSync(join(outside, "secret.json"), join(cwd, "link.json"));
    symlinkSync(outside, join(cwd, "linkdir"));
    symlinkSync(join(cwd, "in.json"), join(cwd, "inside-link.json"));
    const results = await lintFiles(["."], { cwd, rules: RULES });
    const byName = Object.fromEntries(results.map((r) => [r.filePath.slice(cwd.length + 1), r]));
    expect(Object.keys(byName)).toEqual(["in.json", "inside-link.json", "link.json", "linkdir"]);
    expect(byName["linkdir"]!.messages.map((m) => m.ruleId)).toEqual(["read-error"]);
    expect(byName["link.json"]!.messages).toMatchObject([
      { ruleId: "read-error", severity: "error", line: 1, column: 1, message: expect.stringMatching(/^symlink leads outside the working directory \(to .*secret\.json\); not followed$/) },
    ]);
    expect(ids(byName["inside-link.json"]!)).toEqual(["no-host-binds", "env-name-colon"]);
    // named explicitly, a link to a directory outside is refused too
    const [dir] = await lintFiles(["linkdir"], { cwd });
    expect(dir!.messages[0]).toMatchObject({ ruleId: "read-error", message: expect.stringMatching(/^symlink leads outside the working directory/) });
  });

  it("invalid UTF-8 is a read-error at the bad byte's position", async () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "a": "\u00e9'), Buffer.from([0xff]), Buffer.from('"\n}\n')]);
    const cwd = workspace({ "deployment.json": bytes });
    const [r] = await lintFiles(["deployment.json"], { cwd });
    expect(r!.messages).toHaveLength(1);
    expect(r!.messages[0]).toMatchObject({ ruleId: "read-error", severity: "error", line: 2, column: 10, message: "file is not valid UTF-8 (byte 0xff at byte offset 12); save it as UTF-8" });
    expect(r!.errorCount).toBe(1);
  });

  it("firstInvalidUtf8 finds overlongs, surrogates and truncated sequences", () => {
    expect(firstInvalidUtf8(Buffer.from("aé€😀"))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });

  it("a file over maxFileSize is a read-error without being read; a big non-manifest is skipped", async () => {
    const cwd = workspace({ "deployment.json": MANIFEST, "big-data.json": `{"values": [${"1,".repeat(4000)}1]}` });
    const results = await lintFiles(["."], { cwd, maxFileSize: 100 });
    expect(results.map((r) => [r.filePath.slice(cwd.length + 1), r.skipped === true])).toEqual([
      ["big-data.json", true],
      ["deployment.json", false],
    ]);
    expect(results[1]!.messages).toMatchObject([
      { ruleId: "read-error", line: 1, column: 1, message: `file is ${MANIFEST.length} bytes, larger than maxFileSize (100 bytes); not read. Raise maxFileSize in the configuration to lint it` },
    ]);
    // from the configuration too
    writeFileSync(join(cwd, ".iotedge-gpu-lint.yml"), "maxFileSize: 100\n");
    expect((await lintFiles(["deployment.json"], { cwd })).map((r) => r.messages[0]?.ruleId)).toEqual(["read-error"]);
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file is a read-error", async () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    chmodSync(join(cwd, "deployment.json"), 0o000);
    const [r] = await lintFiles(["deployment.json"], { cwd });
    expect(r!.messages[0]).toMatchObject({ ruleId: "read-error", message: "cannot read the file (EACCES)" });
  });
});

describe("fixing", () => {
  it("--fix writes the fixed text atomically, keeping the mode; only changed files are written", async () => {
    const cwd = workspace({ "a/deployment.json": MANIFEST, "a/clean.json": FIXED });
    chmodSync(join(cwd, "a/deployment.json"), 0o640);
    const cleanBefore = statSync(join(cwd, "a/clean.json")).mtimeMs;
    const results = await lintFilesDetailed(["a"], { cwd, rules: RULES, fix: true });
    expect(readFileSync(join(cwd, "a/deployment.json"), "utf8")).toBe(FIXED);
    expect(statSync(join(cwd, "a/deployment.json")).mode & 0o777).toBe(0o640);
    expect(statSync(join(cwd, "a/clean.json")).mtimeMs).toBe(cleanBefore);
    expect(readdirSync(join(cwd, "a")).sort()).toEqual(["clean.json", "deployment.json"]);
    const fixed = results.results.find((r) => r.filePath.endsWith("deployment.json"))!;
    expect(fixed).toMatchObject({ errorCount: 0, output: FIXED, writtenTo: join(cwd, "a/deployment.json") });
    expect(results.rules.map((r) => r.meta.id)).toContain("read-error");
  });

  it("--fix keeps CRLF line endings and the BOM", async () => {
    const crlf = "\ufeff" + MANIFEST.replace(/\n/g, "\r\n");
    const cwd = workspace({ "deployment.json": crlf });
    await lintFiles(["."], { cwd, rules: RULES, fix: true });
    expect(readFileSync(join(cwd, "deployment.json"))).toEqual(Buffer.from("\ufeff" + FIXED.replace(/\n/g, "\r\n"), "utf8"));
  });

  it("--fix-dry-run computes the output and writes nothing", async () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    const [r] = await lintFilesDetailed(["."], { cwd, rules: RULES, fixDryRun: true }).then((x) => x.results);
    expect(r).toMatchObject({ output: FIXED, source: MANIFEST });
    expect(r!.writtenTo).toBeUndefined();
    expect(readFileSync(join(cwd, "deployment.json"), "utf8")).toBe(MANIFEST);
  });
});

describe("--gpu-out", () => {
  it("expands {dir}, {name}, {ext} and {base}", () => {
    expect(gpuOutPath("{dir}/{name}.gpu{ext}", "/ws/deploy/deployment.template.json", "/ws")).toBe("/ws/deploy/deployment.template.gpu.json");
    expect(gpuOutPath("gpu/{dir}/{base}", "/ws/deploy/a.json", "/ws")).toBe("/ws/gpu/deploy/a.json");
    expect(gpuOutPath("{dir}/{name}.gpu{ext}", "/ws/a.json", "/ws")).toBe("/ws/a.gpu.json");
  });

  it("writes the fixed copy and leaves the original byte-identical; a second run replaces its own output", async () => {
    const cwd = workspace({ "deploy/deployment.json": MANIFEST });
    const results = await lintFilesDetailed(["."], { cwd, rules: RULES, gpuOut: "{dir}/{name}.gpu{ext}" });
    expect(readFileSync(join(cwd, "deploy/deployment.json"), "utf8")).toBe(MANIFEST);
    expect(readFileSync(join(cwd, "deploy/deployment.gpu.json"), "utf8")).toBe(FIXED);
    expect(results.results.map((r) => r.writtenTo)).toEqual([join(cwd, "deploy/deployment.gpu.json")]);
    // the output is not taken as an input on the next run, and is replaced
    writeFileSync(join(cwd, "deploy/deployment.json"), MANIFEST.replace("camera:1", "camera:2"));
    const again = await lintFilesDetailed(["."], { cwd, rules: RULES, gpuOut: "{dir}/{name}.gpu{ext}" });
    expect(again.results).toHaveLength(1);
    expect(readFileSync(join(cwd, "deploy/deployment.gpu.json"), "utf8")).toBe(FIXED.replace("camera:1", "camera:2"));
    expect(existsSync(join(cwd, "deploy/deployment.gpu.gpu.json"))).toBe(false);
  });

  it("creates missing directories inside the working directory", async () => {
    const cwd = workspace({ "a.json": MANIFEST });
    await lintFiles(["a.json"], { cwd, rules: RULES, gpuOut: "out/gpu/{base}" });
    expect(readFileSync(join(cwd, "out/gpu/a.json"), "utf8")).toBe(FIXED);
  });

  it("refuses to write outside the working directory, over the input, or over a file that is not a previous output", async () => {
    const cwd = workspace({ "a.json": MANIFEST, "a.gpu.json": "hand-written notes\n", "b.json": MANIFEST });
    const refused = async (file: string, pattern: string) => {
      const [r] = await lintFiles([file], { cwd, rules: RULES, gpuOut: pattern });
      const w = r!.messages.filter((m) => m.ruleId === "write-error");
      expect(w).toHaveLength(1);
      expect(r!.errorCount).toBeGreaterThan(0);
      return w[0]!.message;
    };
    expect(await refused("a.json", "{dir}/{name}.gpu{ext}")).toBe("--gpu-out: a.gpu.json exists and is not a previous output of this tool; not overwritten (delete it or choose another pattern)");
    expect(readFileSync(join(cwd, "a.gpu.json"), "utf8")).toBe("hand-written notes\n");
    expect(await refused("b.json", "../{base}")).toBe("--gpu-out: ../b.json is outside the working directory; not written");
    expect(await refused("b.json", "{dir}/{base}")).toBe("--gpu-out: b.json is the input file itself; use a pattern such as {dir}/{name}.gpu{ext}");
    expect(readFileSync(join(cwd, "b.json"), "utf8")).toBe(MANIFEST);
  });
});

describe("expired suppressions", () => {
  it("are reported once per matching file at 1:1 and stop suppressing", async () => {
    const cwd = workspace({
      ".iotedge-gpu-lint.yml": onlyRulesYaml(["no-host-binds"], {}, "suppressions:\n  - {files: '*.json', rule: no-host-binds, reason: vendor image, expires: '2026-01-31'}\n"),
      "deployment.json": MANIFEST,
    });
    const before = await lintFiles(["."], { cwd, now: new Date("2026-01-31T23:00:00Z") });
    expect(before[0]!.messages.map((m) => [m.ruleId, m.suppressed?.reason])).toEqual([["no-host-binds", "vendor image"]]);
    expect(before[0]!.errorCount).toBe(0);
    const after = await lintFiles(["."], { cwd, now: new Date("2026-02-01T00:00:00Z") });
    expect(after[0]!.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.suppressed])).toEqual([
      ["suppression-expired", "warning", 1, 1, undefined],
      ["no-host-binds", "error", 11, line11.indexOf('\\"/srv/data:/data\\"') + 1, undefined],
    ]);
    expect(after[0]!.messages[0]!.message).toMatch(/^suppression of no-host-binds \("vendor image"\) expired on 2026-01-31/);
    expect(after[0]).toMatchObject({ errorCount: 1, warningCount: 1 });
  });
});

describe("--gpu-out and broken files", () => {
  it("writes no copy of a manifest that does not parse", async () => {
    const cwd = workspace({ "deployment.json": '{"modulesContent": {,}}' });
    const [r] = await lintFilesDetailed(["."], { cwd, rules: { "invalid-json": "error" }, gpuOut: "{dir}/{name}.gpu{ext}" }).then((x) => x.results);
    expect(r!.messages.map((m) => m.ruleId)).toEqual(["invalid-json"]);
    expect(r!.writtenTo).toBeUndefined();
    expect(existsSync(join(cwd, "deployment.gpu.json"))).toBe(false);
  });
});

describe("result fields survive extra findings", () => {
  it("--fix-dry-run keeps source and output when an expired suppression is reported", async () => {
    const cwd = workspace({
      ".iotedge-gpu-lint.yml": onlyRulesYaml(["no-host-binds", "env-name-colon"], {}, "suppressions:\n  - {files: '*.json', rule: no-host-binds, reason: r, expires: '2020-01-01'}\n"),
      "deployment.json": MANIFEST,
    });
    const [r] = (await lintFilesDetailed(["."], { cwd, fixDryRun: true })).results;
    expect(r).toMatchObject({ source: MANIFEST, output: FIXED, warningCount: 1, errorCount: 0 });
    expect(r!.messages.map((m) => m.ruleId)).toEqual(["suppression-expired"]);
  });

  it("a {dir}/{base} pattern is refused for walked files too", async () => {
    const cwd = workspace({ "a.json": MANIFEST });
    const [r] = await lintFiles(["."], { cwd, rules: RULES, gpuOut: "{dir}/{base}" });
    expect(r!.messages.filter((m) => m.ruleId === "write-error").map((m) => m.message)).toEqual([
      "--gpu-out: a.json is the input file itself; use a pattern such as {dir}/{name}.gpu{ext}",
    ]);
    expect(readFileSync(join(cwd, "a.json"), "utf8")).toBe(MANIFEST);
  });
});
