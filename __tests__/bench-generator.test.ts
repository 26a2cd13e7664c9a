/**
 * The benchmark's manifest generator (scripts/bench/generate.mjs): deterministic for a seed, the
 * mix of forms and styles it promises, files that parse and that the linter reads as manifests,
 * and seeded problems the rules find. No timing here: speed is `npm run bench`'s business.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureCorpus, generateFile, type GeneratedFile } from "../scripts/bench/generate.mjs";
import { builtinRules, lintText } from "../src/index.js";
import { readManifest, type Manifest } from "../src/model/manifest.js";

const SEED = 42;
/** the first files of the default corpus, without the one of several MB (index 17) */
const SAMPLE: GeneratedFile[] = [];
for (let i = 0; SAMPLE.length < 120; i++) {
  const f = generateFile(SEED, i);
  if (!f.info.huge) SAMPLE.push(f);
}

function manifestOf(f: GeneratedFile): Manifest {
  const read = readManifest(f.name, f.text);
  if (read.kind !== "manifest") throw new Error(`${f.name} is read as ${read.kind}`);
  return read.manifest;
}

describe("bench generator: determinism", () => {
  it("gives the same file for the same seed and index, byte for byte", () => {
    for (const i of [0, 1, 5, 17, 99, 1234, 9999]) {
      const a = generateFile(SEED, i);
      const b = generateFile(SEED, i);
      expect(b.name).toBe(a.name);
      expect(b.text).toBe(a.text);
      expect(b.info).toEqual(a.info);
    }
  });

  it("gives different files for another seed or another index", () => {
    let sameSeedDiffers = 0;
    for (let i = 0; i < 20; i++) if (generateFile(SEED, i).text !== generateFile(SEED + 1, i).text) sameSeedDiffers++;
    expect(sameSeedDiffers).toBe(20);
    expect(new Set(SAMPLE.slice(0, 20).map((f) => f.text)).size).toBe(20);
  });

  const root = mkdtempSync(join(tmpdir(), "bench-gen-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes a corpus once per seed and size, then reuses it", () => {
    const first = ensureCorpus({ seed: 7, count: 6, root });
    expect(first.reused).toBe(false);
    expect(first.files).toHaveLength(6);
    const again = ensureCorpus({ seed: 7, count: 6, root });
    expect(again.reused).toBe(true);
    expect(again.dir).toBe(first.dir);
    first.files.forEach((entry, i) => {
      const f = generateFile(7, i);
      expect(entry.name).toBe(f.name);
      const bytes = readFileSync(join(first.dir, "files", entry.name));
      expect(bytes.toString("utf8")).toBe(f.text);
      expect(entry.bytes).toBe(bytes.length);
    });
    expect(first.bytes).toBe(first.files.reduce((n, f) => n + f.bytes, 0));
  });
});

describe("bench generator: the mix it promises", () => {
  const infos = Array.from({ length: 600 }, (_, i) => generateFile(SEED, i)).filter((f) => !f.info.huge);
  const share = (pred: (f: GeneratedFile) => boolean): number => infos.filter(pred).length / infos.length;

  it("half stringified, a fifth chunked, the rest templates", () => {
    expect(share((f) => f.info.form === "string")).toBeGreaterThan(0.42);
    expect(share((f) => f.info.form === "string")).toBeLessThan(0.58);
    expect(share((f) => f.info.form === "chunked")).toBeGreaterThan(0.14);
    expect(share((f) => f.info.form === "chunked")).toBeLessThan(0.26);
    expect(share((f) => f.info.template)).toBeGreaterThan(0.22);
  });

  it("some CRLF, some tabs, some minified, templates with comments, a few layered", () => {
    expect(share((f) => f.info.eol === "\r\n")).toBeGreaterThan(0.05);
    expect(share((f) => f.info.indent === "\t")).toBeGreaterThan(0.05);
    expect(share((f) => f.info.minified)).toBeGreaterThan(0);
    expect(share((f) => f.info.comments > 0)).toBeGreaterThan(0.1);
    expect(share((f) => f.info.layered)).toBeGreaterThan(0);
  });

  it("sizes from 3 KB to about 1 MB, and a file of several MB with hundreds of modules", () => {
    const sizes = infos.map((f) => Buffer.byteLength(f.text));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3_000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1_200_000);
    expect(sizes.filter((s) => s > 50_000).length).toBeGreaterThan(0);
    const huge = generateFile(SEED, 17);
    expect(huge.info.huge).toBe(true);
    expect(Buffer.byteLength(huge.text)).toBeGreaterThan(2_000_000);
    expect(huge.info.modules).toBeGreaterThanOrEqual(200);
    expect(manifestOf(huge).modules.filter((m) => !m.system)).toHaveLength(huge.info.modules);
  });
});

describe("bench generator: files parse and read as manifests", () => {
  it("generated manifests are strict JSON; templates are read tolerantly by name", () => {
    for (const f of SAMPLE) {
      const body = f.text.replace(/^\ufeff/, "");
      expect(f.text.startsWith("\ufeff")).toBe(f.info.bom);
      if (f.info.template) {
        expect(f.name).toMatch(/\.template\.json$/);
        if (f.info.comments > 0) expect(() => JSON.parse(body)).toThrow();
      } else {
        expect(f.name).not.toMatch(/\.template\.json$/);
        expect(() => JSON.parse(body), f.name).not.toThrow();
      }
    }
  });

  it("every module is found, with createOptions in the file's form", () => {
    for (const f of SAMPLE) {
      const m = manifestOf(f);
      expect(m.template, f.name).toBe(f.info.template);
      expect(m.layered, f.name).toBe(f.info.layered);
      const user = m.modules.filter((x) => !x.system);
      expect(user.map((x) => x.name), f.name).toHaveLength(f.info.modules);
      const forms = new Set(m.modules.map((x) => x.createOptions.form));
      if (f.info.template) expect(forms.has("string"), f.name).toBe(false);
      else expect(forms.has("object"), f.name).toBe(false);
      if (f.info.form === "chunked") expect(m.modules.some((x) => x.createOptions.chunks.length > 1), f.name).toBe(true);
      const broken = m.modules.filter((x) => x.createOptions.error !== undefined).map((x) => x.name);
      expect(broken, f.name).toEqual(f.info.badString ? [user[0]!.name] : []);
    }
  });

  it("line endings and indentation are the file's style throughout", () => {
    for (const f of SAMPLE) {
      const lines = f.text.split("\n");
      if (f.info.minified) expect(lines.length, f.name).toBe(1);
      else if (f.info.eol === "\r\n") expect(lines.slice(0, -1).every((l) => l.endsWith("\r")), f.name).toBe(true);
      else expect(f.text.includes("\r"), f.name).toBe(false);
      if (f.info.indent === "\t") expect(lines[1], f.name).toMatch(/^\t"/);
      if (f.info.indent === "  ") expect(lines[1], f.name).toMatch(/^ {2}"/);
    }
  });
});

describe("bench generator: seeded problems", () => {
  const ids = new Set(builtinRules.map((r) => r.meta.id));
  const found = new Map<string, number>();
  const internal: string[] = [];
  for (const f of SAMPLE) {
    const r = lintText(f.text, { filePath: f.name });
    for (const d of r.messages) {
      found.set(d.ruleId, (found.get(d.ruleId) ?? 0) + 1);
      if (d.message.startsWith("internal error")) internal.push(`${f.name}: ${d.message}`);
      if (d.ruleId === "invalid-create-options") expect(f.info.badString, f.name).toBe(true);
    }
  }

  it("no rule fails on a generated file, and none is invalid JSON", () => {
    expect(internal).toEqual([]);
    expect(found.get("invalid-json") ?? 0).toBe(0);
  });

  it.each(["no-host-binds", "env-name-colon", "module-name", "nvidia-runtime", "device-binding", "proxy-no-proxy-localhost", "port-binding-needs-host-port", "bind-mount-file"])(
    "%s finds what the generator seeded",
    (id) => {
      if (!ids.has(id)) return; // a rule not written yet
      expect(found.get(id) ?? 0).toBeGreaterThan(0);
    },
  );
});
