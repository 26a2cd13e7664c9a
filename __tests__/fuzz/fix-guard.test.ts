/**
 * The fix guarantees as properties: over fuzzed manifests built around the traps of issue 12
 * (User first beside other fixes that create k8s-experimental, keys written twice, Env emptied,
 * CR/CRLF/LF), over the benchmark generator's corpus and over the real corpus when present,
 * `fixText` never leaves a duplicate key the input did not have, never changes a value outside
 * the paths its fixes declare, and a second fix changes nothing.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixText } from "../../src/index.js";
import { guardBaseline, guardViolation } from "../../src/engine/guard.js";
import { findDuplicateKeys } from "../../src/json/duplicate-keys.js";
import { readManifest, type Manifest } from "../../src/model/manifest.js";
import { generateFile } from "../../scripts/bench/generate.mjs";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const params = { numRuns: Math.max(1, Math.floor(RUNS / 3)), ...(SEED === undefined ? {} : { seed: SEED }) };
const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "files");

/** Duplicate keys per `key@depth` (the file and every readable createOptions text). */
function duplicates(m: Manifest): Map<string, number> {
  const out = new Map<string, number>();
  const add = (s: string) => out.set(s, (out.get(s) ?? 0) + 1);
  for (const d of findDuplicateKeys(m.source.text)) add(`${d.key}@${d.path.length}`);
  for (const mod of m.modules) if (mod.createOptions.text !== undefined && mod.createOptions.error === undefined) for (const d of findDuplicateKeys(mod.createOptions.text)) add(`co:${d.key}@${d.path.length}`);
  return out;
}

/** The guarantees for one file: returns a description of the first broken one, or undefined. */
export function checkFixGuarantees(text: string, filePath: string): string | undefined {
  const before = readManifest(filePath, text);
  const out = fixText(text, { filePath });
  if (!out.changed) return undefined;
  const after = readManifest(filePath, out.output);
  if (before.kind !== "manifest") return undefined;
  if (after.kind !== "manifest") return "the fixed file is no longer a manifest";
  const dupBefore = duplicates(before.manifest);
  for (const [k, n] of duplicates(after.manifest)) if (n > (dupBefore.get(k) ?? 0)) return `new duplicate key ${k}`;
  const changed = guardViolation(guardBaseline(before.manifest), after.manifest, out.touched);
  if (changed !== undefined) return changed;
  const again = fixText(out.output, { filePath });
  if (again.output !== out.output) return "a second fix changed the file";
  return undefined;
}

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,6}$/);
const optionsMember = fc.constantFrom<[string, unknown]>(
  ["User", "1000:1000"],
  ["User", "0"],
  ["HostConfig", { Runtime: "nvidia" }],
  ["HostConfig", { Binds: ["/home/hcsshares/a:/a", "/srv:/srv"], PortBindings: { "80/tcp": [{ HostPort: "8080" }] } }],
  ["HostConfig", { DeviceRequests: [{ Count: 1, Capabilities: [["gpu"]] }], Memory: 536870912 }],
  ["HostConfig", { NetworkMode: "host", Devices: [{ PathOnHost: "/dev/catapult0", PathInContainer: "/dev/catapult0" }] }],
  ["Env", ["WIRESERVER_ADDRESS=1.2.3.4"]],
  ["Env", ["A:B=1", "WIRESERVER_ADDRESS=1.2.3.4", "https_proxy=http://p:3128"]],
  ["k8s-experimental", { resources: { limits: { "microsoft.com/fpga_catapult": 1 } } }],
  ["k8s-experimental", { strategy: { type: "RollingUpdate" } }],
  ["Cmd", "run.sh"],
  ["Labels", { "a/b": "x" }],
);
const moduleSpec = fc.record({
  members: fc.array(optionsMember, { minLength: 1, maxLength: 5 }),
  // write one member twice (a duplicate key in the input)
  duplicate: fc.boolean(),
  env: fc.dictionary(fc.constantFrom("Logging:Level", "https_proxy", "X"), fc.constant({ value: "1" }), { maxKeys: 2 }),
});
const spec = fc.record({
  modules: fc.dictionary(fc.oneof(word, fc.constantFrom("Cam", "gpu_module")), moduleSpec, { minKeys: 1, maxKeys: 3 }),
  form: fc.constantFrom("object", "string", "chunked"),
  chunk: fc.integer({ min: 16, max: 600 }),
  eol: fc.constantFrom("\n", "\r\n", "\r"),
  slashEscapes: fc.boolean(),
});

function render(s: typeof spec extends fc.Arbitrary<infer T> ? T : never): { text: string; filePath: string } {
  const modules: string[] = [];
  for (const [name, m] of Object.entries(s.modules)) {
    const members = m.members.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
    if (m.duplicate && members.length > 0) members.push(members[0]!);
    const co = `{${members.join(",")}}`;
    let settings: string;
    if (s.form === "object") settings = `"createOptions":${co}`;
    else {
      const parts: string[] = [];
      const n = s.form === "chunked" ? s.chunk : Number.MAX_SAFE_INTEGER;
      for (let i = 0, k = 0; i < co.length; i += n, k++) {
        let lit = JSON.stringify(co.slice(i, i + n));
        if (s.slashEscapes) lit = lit.replace(/\//g, "\\/");
        parts.push(`"${k === 0 ? "createOptions" : `createOptions${String(k).padStart(2, "0")}`}":${lit}`);
      }
      settings = parts.join(`,${s.eol}          `);
    }
    modules.push(`${JSON.stringify(name)}:{"type":"docker","status":"running","env":${JSON.stringify(m.env)},"settings":{"image":"x:1",${s.eol}          ${settings}}}`);
  }
  const routes = Object.keys(s.modules).map((n, i) => `"r${i}":"FROM /messages/modules/${n}/outputs/* INTO $upstream"`);
  const text = [
    "{",
    ' "modulesContent": {',
    '  "$edgeAgent": {"properties.desired": {"schemaVersion": "1.1", "systemModules": {}, "modules": {',
    "    " + modules.join(`,${s.eol}    `),
    "  }}},",
    `  "$edgeHub": {"properties.desired": {"schemaVersion": "1.1", "routes": {${routes.join(",")}}}}`,
    " }",
    "}",
    "",
  ].join(s.eol);
  return { text, filePath: s.form === "object" ? "deployment.template.json" : "deployment.json" };
}

describe("fix guarantees (properties)", () => {
  it("fuzzed manifests with the known traps: no new duplicate key, nothing changed outside the declared paths, a second fix is a no-op", () => {
    fc.assert(
      fc.property(spec, (s) => {
        const { text, filePath } = render(s);
        expect(readManifest(filePath, text).kind).toBe("manifest");
        expect(checkFixGuarantees(text, filePath)).toBeUndefined();
      }),
      params,
    );
  });

  it("the benchmark generator's files hold the guarantees", () => {
    const n = Math.max(10, Math.min(60, Math.floor(RUNS / 5)));
    for (let i = 0; i < n; i++) {
      const f = generateFile(20240601, i);
      if (f.info.huge) continue;
      expect(checkFixGuarantees(f.text, f.name), f.name).toBeUndefined();
    }
  });

  it.skipIf(!existsSync(CORPUS))("the real corpus holds the guarantees (skipped without ../shared/corpus)", () => {
    for (const name of readdirSync(CORPUS).filter((f) => f.endsWith(".json")).sort()) {
      const filePath = name.replace(/^.*__/, "");
      expect(checkFixGuarantees(readFileSync(join(CORPUS, name), "utf8"), filePath), name).toBeUndefined();
    }
  });
});
