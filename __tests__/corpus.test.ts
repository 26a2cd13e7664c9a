/**
 * Real manifests written by others (../shared/corpus, read at test time; skipped with a message
 * on a clone without it). Every file lints without a crash, every fix leaves a file that reads
 * as before and re-lints with no fixable finding, and a reviewed summary (rule -> count, per
 * file) pins behaviour on real files: a change shows up in review as a diff of
 * __tests__/corpus-summary.json (regenerate with UPDATE_CORPUS=1 after reviewing). The vm target
 * is checked the same way, its summary in __tests__/corpus-summary.vm.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../src/index.js";
import { readManifest } from "../src/model/manifest.js";

const SHARED = join(__dirname, "..", "..", "shared", "corpus");
const present = existsSync(join(SHARED, "files"));
const SUMMARY = join(__dirname, "corpus-summary.json");
/** The same summary for the vm target (IoT Edge 1.6 in a VM), with the shares mounted under /mnt/shares. */
const SUMMARY_VM = join(__dirname, "corpus-summary.vm.json");
const VM = { target: "vm" as const, vm: { shareRoot: "/mnt/shares" } };

function corpusFiles(): { name: string; path: string }[] {
  const out: { name: string; path: string }[] = [];
  for (const dir of ["files", "doc-snippets"]) {
    for (const f of readdirSync(join(SHARED, dir)).sort()) {
      if (f.endsWith(".json")) out.push({ name: `${dir}/${f}`, path: join(SHARED, dir, f) });
    }
  }
  return out;
}

/** Lint under the original file name: templates are read tolerantly by name. */
function asFilePath(name: string): string {
  return name.startsWith("doc-snippets/") ? "snippet.template.json" : name.replace(/^files\//, "").replace(/^.*__/, "");
}

/**
 * The doc snippets are createOptions fragments copied from the docs: they are linted as the
 * createOptions of one module of a template (06 and 07 are invalid as published).
 */
function textOf(f: { name: string; path: string }): string {
  const text = readFileSync(f.path, "utf8");
  if (!f.name.startsWith("doc-snippets/") || /"modulesContent"/.test(text)) return text;
  const head =
    '{"modulesContent":{"$edgeAgent":{"properties.desired":{"schemaVersion":"1.1","runtime":{"type":"docker","settings":{}},' +
    '"systemModules":{"edgeAgent":{"type":"docker","settings":{"image":"mcr.microsoft.com/azureiotedge-agent:1.1","createOptions":{}}},' +
    '"edgeHub":{"type":"docker","status":"running","restartPolicy":"always","settings":{"image":"mcr.microsoft.com/azureiotedge-hub:1.1","createOptions":{}}}},' +
    '"modules":{"snippet":{"version":"1.0","type":"docker","status":"running","restartPolicy":"always","settings":{"image":"x","createOptions":\n';
  return `${head}${text}\n}}}}},"$edgeHub":{"properties.desired":{"schemaVersion":"1.1","routes":{},"storeAndForwardConfiguration":{"timeToLiveSecs":7200}}}}}\n`;
}

if (!present) {
  describe("corpus", () => {
    it.skip("../shared/corpus is not here (a user's clone): the real-manifest tests are skipped", () => {});
  });
} else {
  describe("corpus", () => {
    const files = corpusFiles();

    it("has the files the corpus README lists (73 real files, 12 doc snippets)", () => {
      expect(files.filter((f) => f.name.startsWith("files/"))).toHaveLength(73);
      expect(files.filter((f) => f.name.startsWith("doc-snippets/"))).toHaveLength(12);
    });

    it("every file lints without a crash and no rule fails internally", () => {
      for (const f of files) {
        const text = textOf(f);
        const r = lintText(text, { filePath: asFilePath(f.name) });
        const internal = r.messages.filter((m) => m.message.startsWith("internal error"));
        expect(internal.map((m) => `${f.name}: ${m.message}`)).toEqual([]);
        for (const m of r.messages) {
          expect(m.line, `${f.name} ${m.ruleId}`).toBeGreaterThanOrEqual(1);
          expect(m.offset).toBeLessThanOrEqual(text.length);
        }
      }
    });

    it("every fixed file still reads as a manifest, is stable on a second fix and has no fixable finding left", () => {
      for (const f of files) {
        const text = textOf(f);
        const filePath = asFilePath(f.name);
        const before = readManifest(filePath, text).kind;
        const out = fixText(text, { filePath });
        expect(readManifest(filePath, out.output).kind, f.name).toBe(before);
        if (!out.changed) continue;
        const again = fixText(out.output, { filePath });
        expect(again.changed, `${f.name}: a second fix changed it`).toBe(false);
        expect(
          again.result.messages.filter((m) => m.edits && !m.suppressed).map((m) => `${f.name}:${m.line}:${m.column} ${m.ruleId}`),
        ).toEqual([]);
      }
    });

    it("matches the reviewed summary of findings per file", () => {
      const summary: Record<string, Record<string, number>> = {};
      for (const f of files) {
        const r = lintText(textOf(f), { filePath: asFilePath(f.name) });
        const counts: Record<string, number> = {};
        for (const m of r.messages) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
        summary[f.name] = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
      }
      if (process.env.UPDATE_CORPUS === "1") writeFileSync(SUMMARY, JSON.stringify(summary, null, 2) + "\n");
      expect(existsSync(SUMMARY), "no reviewed summary: run UPDATE_CORPUS=1 npx vitest run __tests__/corpus.test.ts and review it").toBe(true);
      expect(summary).toEqual(JSON.parse(readFileSync(SUMMARY, "utf8")));
    });
  });
  describe("corpus, vm target", () => {
    const files = corpusFiles();

    it("every file lints without a crash, no rule fails internally and no Kubernetes-only rule runs", () => {
      for (const f of files) {
        const r = lintText(textOf(f), { filePath: asFilePath(f.name), ...VM });
        expect(r.messages.filter((m) => m.message.startsWith("internal error")).map((m) => `${f.name}: ${m.message}`)).toEqual([]);
        expect(r.messages.filter((m) => m.target !== "vm").map((m) => `${f.name}: ${m.ruleId}`)).toEqual([]);
      }
    });

    it("every file fixed for the vm target still reads as a manifest, is stable on a second fix and has no fixable finding left", () => {
      for (const f of files) {
        const text = textOf(f);
        const filePath = asFilePath(f.name);
        const before = readManifest(filePath, text).kind;
        const out = fixText(text, { filePath, ...VM });
        expect(readManifest(filePath, out.output).kind, f.name).toBe(before);
        if (!out.changed) continue;
        const again = fixText(out.output, { filePath, ...VM });
        expect(again.changed, `${f.name}: a second fix changed it`).toBe(false);
        expect(
          again.result.messages.filter((m) => m.edits && !m.suppressed).map((m) => `${f.name}:${m.line}:${m.column} ${m.ruleId}`),
        ).toEqual([]);
      }
    });

    it("matches the reviewed summary of vm findings per file", () => {
      const summary: Record<string, Record<string, number>> = {};
      for (const f of files) {
        const r = lintText(textOf(f), { filePath: asFilePath(f.name), ...VM });
        const counts: Record<string, number> = {};
        for (const m of r.messages) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
        summary[f.name] = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
      }
      if (process.env.UPDATE_CORPUS === "1") writeFileSync(SUMMARY_VM, JSON.stringify(summary, null, 2) + "\n");
      expect(existsSync(SUMMARY_VM), "no reviewed vm summary: run UPDATE_CORPUS=1 npx vitest run __tests__/corpus.test.ts and review it").toBe(true);
      expect(summary).toEqual(JSON.parse(readFileSync(SUMMARY_VM, "utf8")));
    });
  });
}
