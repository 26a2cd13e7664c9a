/**
 * The published package as a user gets it: `npm pack`, installed from the tarball (offline: the
 * package has no runtime dependencies, its bundles carry them) into a fresh TypeScript project
 * (ES module, NodeNext resolution, strict), type-checked with the repository's tsc, run with node,
 * and its bin run from node_modules/.bin.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANIFEST } from "../cli/fixtures.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string; dependencies?: Record<string, string> };
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let tmp: string;
let consumer: string;
let tarball: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "pack-"));
  const out = execFileSync(npm, ["pack", "--pack-destination", tmp, "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  tarball = join(tmp, (JSON.parse(out) as { filename: string }[])[0]!.filename);
  consumer = join(tmp, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }, null, 2));
  execFileSync(npm, ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], { cwd: consumer, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("has no runtime dependencies (the bundles carry them), so it installs offline", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const installed = JSON.parse(readFileSync(join(consumer, "node_modules", pkg.name, "package.json"), "utf8")) as { version: string };
    expect(installed.version).toBe(pkg.version);
  });

  it("type-checks in a strict NodeNext TypeScript project", () => {
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ["node"],
          typeRoots: [join(root, "node_modules", "@types")],
        },
        include: ["index.ts"],
      }),
    );
    writeFileSync(
      join(consumer, "index.ts"),
      [
        'import { lintText, fixText, type FileResult, type Diagnostic, type Rule } from "iotedge-gpu-lint";',
        "const text: string = process.argv[2] ?? '{}';",
        "const result: FileResult = lintText(text, { filePath: 'deployment.json' });",
        "// a rule of one's own, on the rule API: handlers over the engine's module facts",
        "const privileged: Rule = {",
        "  meta: { id: 'no-privileged', severity: 'warning', facts: [], description: 'Privileged', repair: 'none', targets: ['kubernetes'], messages: { p: 'runs privileged' } },",
        "  create: ({ report }) => ({ module(mod, facts) { if (facts.hasHostConfigMember('privileged')) report({ node: mod.node, module: mod, messageId: 'p' }); } }),",
        "};",
        "const own: number = lintText(text, { ruleSet: [privileged] }).messages.length;",
        "const first: Diagnostic | undefined = result.messages[0];",
        "const line: number | undefined = first?.line;",
        "// @ts-expect-error the types are real: a file path is not a number",
        "const wrong: number = result.filePath;",
        "const fixed: string = fixText(text).output;",
        "console.log(JSON.stringify({ errors: result.errorCount, rule: first?.ruleId, line, wrong, own, changed: fixed !== text }));",
        "",
      ].join("\n"),
    );
    const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", consumer, "--listFiles"], { cwd: consumer, encoding: "utf8" });
    expect(tsc.stderr).toBe("");
    expect(tsc.stdout).not.toContain("error TS");
    expect(tsc.status).toBe(0);
    // the declarations come from the package's `types`
    expect(tsc.stdout).toContain(join("node_modules", "iotedge-gpu-lint", "dist", "types", "src", "index.d.ts"));
    // and a mistake in the consumer is caught (the check is not vacuous)
    writeFileSync(join(consumer, "bad.ts"), 'import { lintText } from "iotedge-gpu-lint";\nlintText(42);\n');
    const badCheck = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "--strict", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--types", "node", "--typeRoots", join(root, "node_modules", "@types"), "bad.ts"], {
      cwd: consumer,
      encoding: "utf8",
    });
    expect(badCheck.status).toBe(2);
    expect(badCheck.stdout).toContain("bad.ts(2,10): error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'.");
  });

  it("runs with node", () => {
    writeFileSync(
      join(consumer, "index.mjs"),
      [
        'import { lintText, fixText } from "iotedge-gpu-lint";',
        "const text = process.argv[2];",
        "const result = lintText(text, { filePath: 'deployment.json' });",
        "const rules = [...new Set(result.messages.map((m) => m.ruleId))];",
        "console.log(JSON.stringify({ bind: rules.includes('no-host-binds'), env: rules.includes('env-name-colon'), changed: fixText(text).output !== text }));",
        "",
      ].join("\n"),
    );
    const out = execFileSync(process.execPath, ["index.mjs", MANIFEST], { cwd: consumer, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ bind: true, env: true, changed: true });
  });

  it("its bin runs from node_modules/.bin", () => {
    const bin = join(consumer, "node_modules", ".bin", "iotedge-gpu-lint");
    expect(execFileSync(bin, ["--version"], { encoding: "utf8" })).toBe(`${pkg.version}\n`);
    writeFileSync(join(consumer, "deployment.json"), MANIFEST);
    const r = spawnSync(bin, ["deployment.json", "--format", "json"], { cwd: consumer, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => m.ruleId)).toContain("no-host-binds");
  });

  it("loads what it ships beside the bundles on first use: yaml for a YAML configuration, ajv and re2js for custom rules", () => {
    const dir = join(consumer, "with-config");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "deployment.json"), MANIFEST);
    writeFileSync(
      join(dir, ".iotedge-gpu-lint.yml"),
      [
        "rules:",
        "  no-host-binds: off",
        "customRules:",
        "  - id: image-from-registry",
        "    severity: error",
        "    scope: settings",
        "    path: image",
        "    schema: { type: string, pattern: '^contoso\\.azurecr\\.io/' }",
        "    message: \"module '{module}': image '{value}' is not from the registry\"",
        "",
      ].join("\n"),
    );
    writeFileSync(
      join(dir, "check.mjs"),
      [
        'import { lintFiles } from "iotedge-gpu-lint";',
        "const [r] = await lintFiles(['deployment.json'], { cwd: process.cwd() });",
        "console.log(JSON.stringify([...new Set(r.messages.map((m) => m.ruleId))].sort()));",
        "",
      ].join("\n"),
    );
    const ids = JSON.parse(execFileSync(process.execPath, ["check.mjs"], { cwd: dir, encoding: "utf8" })) as string[];
    expect(ids).toContain("image-from-registry");
    expect(ids).not.toContain("no-host-binds");
    // the bundled CLI of the package, too
    const bin = join(consumer, "node_modules", ".bin", "iotedge-gpu-lint");
    const r = spawnSync(bin, ["deployment.json", "--format", "json"], { cwd: dir, encoding: "utf8" });
    const cli = (JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => m.ruleId);
    expect(cli).toContain("image-from-registry");
    expect(cli).not.toContain("no-host-binds");
  });
});
