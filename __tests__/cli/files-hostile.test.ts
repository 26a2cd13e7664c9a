/**
 * Issue 13 (items 4–7 and 13): what --fix, --gpu-out and reading must never do, whatever the file
 * system holds. The tests run as root here, as CI containers often do: the owner tests chown files
 * to another uid and check that a fix keeps them.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GPU_OUT_RECORD, lintFiles, lintFilesDetailed } from "../../src/files.js";
import { FIXED, MANIFEST, onlyRules } from "./fixtures.js";

const RULES = onlyRules(["no-host-binds", "env-name-colon"]);
const isRoot = process.getuid?.() === 0;

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "hostile-"));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(join(dir, p, ".."), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return dir;
}

const only = (r: { messages: { ruleId: string; message: string }[] }, id: string) => r.messages.filter((m) => m.ruleId === id).map((m) => m.message);

describe("files outside the working directory (items 4 and 5)", () => {
  it("a glob through a linked folder leading outside reads and writes nothing there", async () => {
    const outside = workspace({ "deployment.json": MANIFEST, "other.json": MANIFEST });
    const cwd = workspace({ "in.json": MANIFEST });
    symlinkSync(outside, join(cwd, "linkdir"));
    const results = await lintFiles(["linkdir/*.json"], { cwd, rules: RULES, fix: true });
    // refused at the glob's folder: nothing outside is even listed
    expect(results.map((r) => [r.filePath.slice(cwd.length + 1), r.messages.map((m) => [m.ruleId, m.message])])).toEqual([
      ["linkdir", [["read-error", `symlink leads outside the working directory (to ${outside}); not followed`]]],
    ]);
    expect(readFileSync(join(outside, "deployment.json"), "utf8")).toBe(MANIFEST);
    expect(readFileSync(join(outside, "other.json"), "utf8")).toBe(MANIFEST);
    // a linked folder met while a glob walks is not entered
    mkdirSync(join(cwd, "deploy"));
    writeFileSync(join(cwd, "deploy", "own.json"), MANIFEST);
    symlinkSync(outside, join(cwd, "deploy", "vendor"));
    const nested = await lintFiles(["deploy/**/*.json"], { cwd, rules: RULES, fix: true });
    expect(nested.map((r) => [r.filePath.slice(cwd.length + 1), r.errorCount])).toEqual([["deploy/own.json", 0]]);
    expect(readFileSync(join(cwd, "deploy", "own.json"), "utf8")).toBe(FIXED);
    expect(readFileSync(join(outside, "deployment.json"), "utf8")).toBe(MANIFEST);
    // a file linked one by one is refused too
    symlinkSync(join(outside, "other.json"), join(cwd, "deploy", "linked.json"));
    const linked = await lintFiles(["deploy/*.json"], { cwd, rules: RULES, fix: true });
    expect(linked.map((r) => [r.filePath.slice(cwd.length + 1), only(r, "read-error").length])).toEqual([
      ["deploy/linked.json", 1],
      ["deploy/own.json", 0],
    ]);
    expect(readFileSync(join(outside, "other.json"), "utf8")).toBe(MANIFEST);
  });

  it("a path outside the working directory is refused (read-error), unless allowOutsideCwd", async () => {
    const root = workspace({ "outside/deployment.json": MANIFEST, "inner/a.json": MANIFEST });
    const cwd = join(root, "inner");
    const [r] = await lintFiles(["../outside/deployment.json"], { cwd, rules: RULES, fix: true });
    expect(r!.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.message])).toEqual([
      ["read-error", "error", 1, 1, "outside the working directory; not read (run from a folder that contains it, or pass --allow-outside-cwd)"],
    ]);
    expect(readFileSync(join(root, "outside/deployment.json"), "utf8")).toBe(MANIFEST);
    // an absolute path and an absolute glob too (refused at the glob's folder, which is not listed)
    expect((await lintFiles([join(root, "outside")], { cwd, rules: RULES })).map((r) => [r.filePath, only(r, "read-error")])).toEqual([[join(root, "outside"), [r!.messages[0]!.message]]]);
    expect((await lintFiles([`${root}/outside/*.json`], { cwd, rules: RULES })).map((r) => [r.filePath, only(r, "read-error")])).toEqual([[join(root, "outside"), [r!.messages[0]!.message]]]);
    // allowed explicitly
    const [ok] = await lintFilesDetailed(["../outside/deployment.json"], { cwd, rules: RULES, fix: true, allowOutsideCwd: true }).then((x) => x.results);
    expect(ok).toMatchObject({ errorCount: 0, writtenTo: join(root, "outside/deployment.json") });
    expect(readFileSync(join(root, "outside/deployment.json"), "utf8")).toBe(FIXED);
  });
});

describe("--fix keeps what the user set on a file (item 6)", () => {
  it("a read-only (0444) file is left untouched, with a write-error", async () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    chmodSync(join(cwd, "deployment.json"), 0o444);
    const before = statSync(join(cwd, "deployment.json"));
    const [r] = await lintFilesDetailed(["deployment.json"], { cwd, rules: RULES, fix: true }).then((x) => x.results);
    expect(only(r!, "write-error")).toEqual(["deployment.json is read-only (mode 0444); not written. Make it writable to apply the fixes"]);
    expect(r!.writtenTo).toBeUndefined();
    const after = statSync(join(cwd, "deployment.json"));
    expect(readFileSync(join(cwd, "deployment.json"), "utf8")).toBe(MANIFEST);
    expect([after.ino, after.mode, after.mtimeMs]).toEqual([before.ino, before.mode, before.mtimeMs]);
  });

  it.skipIf(!isRoot)("as root, another user's file keeps its owner, group and mode", async () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    const file = join(cwd, "deployment.json");
    chownSync(file, 4321, 4322);
    chmodSync(file, 0o640);
    await lintFiles(["deployment.json"], { cwd, rules: RULES, fix: true });
    const st = statSync(file);
    expect(readFileSync(file, "utf8")).toBe(FIXED);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([4321, 4322, 0o640]);
    expect(readdirSync(cwd)).toEqual(["deployment.json"]);
  });

  it("a hard-linked file is refused with a write-error; every name keeps the old text", async () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    linkSync(join(cwd, "deployment.json"), join(cwd, "copy.txt"));
    const [r] = await lintFiles(["deployment.json"], { cwd, rules: RULES, fix: true });
    expect(only(r!, "write-error")).toEqual([
      "deployment.json has 2 hard links; not rewritten (a rewrite would split them: the other names would keep the old text). Fix it through a copy, or use --gpu-out",
    ]);
    expect(readFileSync(join(cwd, "deployment.json"), "utf8")).toBe(MANIFEST);
    expect(statSync(join(cwd, "deployment.json")).nlink).toBe(2);
  });

  it("a symlink inside the working directory is fixed through to its target, and stays a link", async () => {
    const cwd = workspace({ "real/deployment.json": MANIFEST });
    symlinkSync(join(cwd, "real/deployment.json"), join(cwd, "link.json"));
    await lintFiles(["link.json"], { cwd, rules: RULES, fix: true });
    expect(readFileSync(join(cwd, "real/deployment.json"), "utf8")).toBe(FIXED);
    expect(readdirSync(join(cwd, "real"))).toEqual(["deployment.json"]);
  });
});

describe("--gpu-out decides 'previous output' by content (item 7)", () => {
  const PATTERN = "{dir}/{name}.gpu{ext}";

  it("records what it wrote; a hand-edited copy is never overwritten (write-error); an untouched one is replaced", async () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    const copy = join(cwd, "deployment.gpu.json");
    await lintFiles(["deployment.json"], { cwd, rules: RULES, gpuOut: PATTERN });
    expect(readFileSync(copy, "utf8")).toBe(FIXED);
    const record = JSON.parse(readFileSync(join(cwd, GPU_OUT_RECORD), "utf8")) as { files: Record<string, { sha256: string; from: string }> };
    expect(Object.keys(record.files)).toEqual(["deployment.gpu.json"]);
    expect(record.files["deployment.gpu.json"]!.from).toBe("deployment.json");
    expect(record.files["deployment.gpu.json"]!.sha256).toMatch(/^[0-9a-f]{64}$/);

    // the input changes: the untouched copy is replaced
    writeFileSync(join(cwd, "deployment.json"), MANIFEST.replace("camera:1", "camera:2"));
    const [again] = await lintFilesDetailed(["deployment.json"], { cwd, rules: RULES, gpuOut: PATTERN }).then((x) => x.results);
    expect(again!.writtenTo).toBe(copy);
    expect(readFileSync(copy, "utf8")).toBe(FIXED.replace("camera:1", "camera:2"));

    // someone edits the copy (same modules, nothing left to fix): it is kept, and reported
    const edited = FIXED.replace("camera:1", "camera:2").replace('"debug"', '"trace"');
    writeFileSync(copy, edited);
    writeFileSync(join(cwd, "deployment.json"), MANIFEST.replace("camera:1", "camera:3"));
    const [kept] = await lintFilesDetailed(["deployment.json"], { cwd, rules: RULES, gpuOut: PATTERN }).then((x) => x.results);
    expect(only(kept!, "write-error")).toEqual(["--gpu-out: deployment.gpu.json was changed since this tool wrote it; not overwritten (delete it to have it written again, or choose another pattern)"]);
    expect(kept!.writtenTo).toBeUndefined();
    expect(readFileSync(copy, "utf8")).toBe(edited);
    // the record is not a manifest input when walking
    expect((await lintFiles(["."], { cwd, rules: RULES, gpuOut: PATTERN })).map((r) => r.filePath.slice(cwd.length + 1))).toEqual(["deployment.json"]);
  });

  it("a copy that already holds exactly the output is adopted (recorded), not an error", async () => {
    const cwd = workspace({ "deployment.json": MANIFEST, "deployment.gpu.json": FIXED });
    const [r] = await lintFilesDetailed(["deployment.json"], { cwd, rules: RULES, gpuOut: PATTERN }).then((x) => x.results);
    expect(only(r!, "write-error")).toEqual([]);
    expect(r!.writtenTo).toBe(join(cwd, "deployment.gpu.json"));
    expect(Object.keys((JSON.parse(readFileSync(join(cwd, GPU_OUT_RECORD), "utf8")) as { files: object }).files)).toEqual(["deployment.gpu.json"]);
  });

  it("two inputs that map to one output: an error naming both, nothing written for either", async () => {
    const cwd = workspace({ "a/deployment.json": MANIFEST, "b/deployment.json": MANIFEST.replace("camera:1", "camera:2"), "c/other.json": MANIFEST });
    const results = await lintFilesDetailed(["."], { cwd, rules: RULES, gpuOut: "gpu/{base}" }).then((x) => x.results);
    const message = "--gpu-out: a/deployment.json and b/deployment.json both map to gpu/deployment.json; neither is written (use a pattern that keeps them apart, e.g. with {dir})";
    expect(results.map((r) => [r.filePath.slice(cwd.length + 1), only(r, "write-error"), r.writtenTo?.slice(cwd.length + 1)])).toEqual([
      ["a/deployment.json", [message], undefined],
      ["b/deployment.json", [message], undefined],
      ["c/other.json", [], "gpu/other.json"],
    ]);
    expect(existsSync(join(cwd, "gpu/deployment.json"))).toBe(false);
    expect(readFileSync(join(cwd, "gpu/other.json"), "utf8")).toBe(FIXED);
  });

  it("a read-only previous copy is not replaced", async () => {
    const cwd = workspace({ "deployment.json": MANIFEST });
    await lintFiles(["deployment.json"], { cwd, rules: RULES, gpuOut: PATTERN });
    chmodSync(join(cwd, "deployment.gpu.json"), 0o444);
    writeFileSync(join(cwd, "deployment.json"), MANIFEST.replace("camera:1", "camera:2"));
    const [r] = await lintFiles(["deployment.json"], { cwd, rules: RULES, gpuOut: PATTERN });
    expect(only(r!, "write-error")).toEqual(["--gpu-out: deployment.gpu.json is read-only (mode 0444); not written. Make it writable to apply the fixes"]);
    expect(readFileSync(join(cwd, "deployment.gpu.json"), "utf8")).toBe(FIXED);
  });
});

describe("only regular files are read, and never more than maxFileSize (item 13)", () => {
  it("a FIFO named on the command line is a read-error, without blocking", async () => {
    const cwd = workspace();
    execFileSync("mkfifo", [join(cwd, "deployment.json")]);
    const [r] = await lintFiles(["deployment.json"], { cwd, rules: RULES });
    expect(r!.messages.map((m) => [m.ruleId, m.message])).toEqual([["read-error", "not a regular file (a FIFO (named pipe)); only regular files are read"]]);
    // walking a folder does not pick it up at all
    writeFileSync(join(cwd, "real.json"), MANIFEST);
    expect((await lintFiles(["."], { cwd, rules: RULES })).map((x) => x.filePath.slice(cwd.length + 1))).toEqual(["real.json"]);
  });

  it("/dev/zero and a symlink to it are read-errors", async () => {
    const cwd = workspace();
    const [dev] = await lintFiles(["/dev/zero"], { cwd, rules: RULES, allowOutsideCwd: true });
    expect(only(dev!, "read-error")).toEqual(["not a regular file (a character device); only regular files are read"]);
    symlinkSync("/dev/zero", join(cwd, "zero.json"));
    const [link] = await lintFiles(["zero.json"], { cwd, rules: RULES, allowOutsideCwd: true });
    expect(only(link!, "read-error")).toEqual(["not a regular file (a character device); only regular files are read"]);
  });

  it.skipIf(!existsSync("/proc/self/status"))("a file whose size stat does not tell (procfs: 0 bytes) is cut at maxFileSize while reading", async () => {
    expect(statSync("/proc/self/status").size).toBe(0);
    const cwd = workspace();
    const [r] = await lintFiles(["/proc/self/status"], { cwd, rules: RULES, allowOutsideCwd: true, maxFileSize: 10 });
    expect(only(r!, "read-error")).toEqual(["file is more than 10 bytes, larger than maxFileSize (10 bytes); not read. Raise maxFileSize in the configuration to lint it"]);
  });
});
