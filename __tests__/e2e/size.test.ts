/**
 * Size never crashes an output (issue 12, issue 13 item 11): the bundled CLI, as a child process,
 * on a generated 20 MB manifest with 500 modules (each renamed by module-name: edits in the
 * module section, its twin and its route) and one createOptions with 3,000 Binds (one fix shared
 * by 3,000 findings). Every output format finishes without a crash and writes output in
 * proportion to the input; `--fix` writes a file that reads back. Speed and memory are measured
 * by `npm run bench` (its size rows), never here.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bigManifest } from "../../scripts/bench/big-manifest.mjs";
import { findDuplicateKeys } from "../../src/json/duplicate-keys.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
let build: string;
let cli: string;
let ws: string;
let input: string;
const FILE = "deployment.json";

let patched: string | undefined;

beforeAll(() => {
  build = mkdtempSync(join(tmpdir(), "size-build-"));
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs"), relative(root, build)], { cwd: root, stdio: "pipe" });
  cli = join(build, "cli.cjs");
  ws = mkdtempSync(join(tmpdir(), "size-ws-"));
  mkdirSync(join(ws, ".git"));
  // no configuration: the default maxFileSize (64 MiB) reads a 20 MB manifest
  input = bigManifest(20_000_000, { modules: 500, binds: 3000 });
  writeFileSync(join(ws, FILE), input);
}, 240_000);

afterAll(() => {
  for (const d of [build, ws]) if (d) rmSync(d, { recursive: true, force: true });
});

function run(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ws, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe("a 20 MB manifest with 500 modules and 3,000 Binds in one createOptions", () => {
  it("is about 20 MB", () => {
    expect(statSync(join(ws, FILE)).size).toBeGreaterThan(19_000_000);
    expect(statSync(join(ws, FILE)).size).toBeLessThan(22_000_000);
  });

  for (const format of ["stylish", "json", "sarif", "github"] as const) {
    it(`--format ${format}: findings, no crash, output at most 2.5 times the input`, () => {
      const r = run(["--format", format, FILE]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(1);
      expect(r.stdout.length).toBeGreaterThan(0);
      expect(r.stdout.length).toBeLessThan(2.5 * input.length);
      if (format === "json") {
        const [file] = JSON.parse(r.stdout);
        const rename = file.messages.find((m: { ruleId: string; module: string }) => m.ruleId === "module-name" && m.module === "Module7");
        // the module key, its route(s) and its twin: a list of small edits, no replacement spanning the file
        expect(rename.fix).toBeUndefined();
        expect(rename.fixEdits.length).toBeGreaterThanOrEqual(3);
        for (const e of rename.fixEdits) expect(e.text.length).toBeLessThan(300);
        const binds = file.messages.filter((m: { ruleId: string; module: string }) => m.ruleId === "no-host-binds" && m.module === "BigBinds");
        expect(binds).toHaveLength(3000);
        // the conversion of the whole list is written once, the other findings name it
        expect(binds.filter((m: { fixSameAs?: string }) => m.fixSameAs === undefined)).toHaveLength(1);
        expect(binds.slice(1).every((m: { fixSameAs?: string }) => m.fixSameAs === binds[0].fingerprint)).toBe(true);
      }
      if (format === "sarif") {
        const log = JSON.parse(r.stdout);
        const results = log.runs[0].results;
        const rename = results.find((x: { ruleId: string; properties?: { module?: string } }) => x.ruleId === "module-name" && x.properties?.module === "Module7");
        expect(rename.fixes[0].artifactChanges[0].replacements.length).toBeGreaterThanOrEqual(3);
      }
    }, 180_000);
  }

  it("--fix-dry-run prints a diff that patch applies to give what --fix writes (bounded memory: the diff keeps a window per step)", () => {
    const r = run(["--fix-dry-run", FILE]);
    expect(r.stdout.startsWith(`--- a/${FILE}\n+++ b/${FILE}\n@@ `)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "size-patch-"));
    writeFileSync(join(dir, FILE), input);
    writeFileSync(join(dir, "fix.patch"), r.stdout);
    execFileSync("patch", ["-s", "-p1", "-i", "fix.patch"], { cwd: dir });
    patched = readFileSync(join(dir, FILE), "utf8");
    expect(patched).not.toBe(input);
  }, 300_000);

  it("--fix writes a manifest that reads back, with every Binds converted and no key twice", () => {
    const r = run(["--fix", "--format", "json", FILE]);
    expect(r.stderr).toBe("");
    expect(r.stdout.length).toBeLessThan(2.5 * input.length);
    const fixed = readFileSync(join(ws, FILE), "utf8");
    const doc = JSON.parse(fixed);
    const modules = doc.modulesContent.$edgeAgent["properties.desired"].modules;
    expect(Object.keys(modules)).toHaveLength(501);
    expect(Object.keys(modules).every((k) => k === k.toLowerCase())).toBe(true);
    const big = modules.bigbinds.settings;
    const joined = Object.keys(big)
      .filter((k) => k.startsWith("createOptions"))
      .map((k) => big[k])
      .join("");
    expect(JSON.parse(joined).HostConfig.Mounts).toHaveLength(3000);
    expect(JSON.parse(joined).HostConfig.Binds).toBeUndefined();
    expect(findDuplicateKeys(fixed)).toEqual([]);
    expect(findDuplicateKeys(joined)).toEqual([]);
    // what --fix-dry-run showed is what --fix wrote
    expect(fixed).toBe(patched);
  }, 300_000);
});
