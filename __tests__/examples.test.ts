/**
 * examples/gpu/* must be exactly what the fixer (all built-in rules) makes of examples/fpga/*.
 * When rules change, regenerate: `UPDATE_EXAMPLES=1 npx vitest run __tests__/examples.test.ts`
 * (or `node scripts/gen-examples.mjs`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixText, lintText, readManifest } from "../src/index.js";
// @ts-expect-error: a plain .mjs script without type declarations
import { GPU_DIR, generate } from "../scripts/gen-examples.mjs";

interface Generated {
  name: string;
  input: string;
  output: string;
}

const update = process.env.UPDATE_EXAMPLES === "1";
const examples = (generate as (f: typeof fixText) => Generated[])(fixText);

describe("examples", () => {
  it("has the four FPGA shapes: template, stringified, chunked, layered", () => {
    expect(examples.map((e) => e.name)).toEqual(["deployment.amd64.json", "deployment.chunked.json", "deployment.template.json", "layered.json"]);
    const shapes = examples.map((e) => {
      const r = readManifest(e.name, e.input);
      if (r.kind !== "manifest") throw new Error(`${e.name} is not a manifest`);
      const m = r.manifest;
      return {
        name: e.name,
        template: m.template,
        layered: m.layered,
        forms: [...new Set(m.modules.filter((x) => x.createOptions.form !== "none").map((x) => x.createOptions.form))],
        chunked: m.modules.some((x) => x.createOptions.chunks.length > 1),
      };
    });
    expect(shapes).toEqual([
      { name: "deployment.amd64.json", template: false, layered: false, forms: ["string"], chunked: false },
      { name: "deployment.chunked.json", template: false, layered: false, forms: ["string"], chunked: true },
      { name: "deployment.template.json", template: true, layered: false, forms: ["object"], chunked: false },
      { name: "layered.json", template: false, layered: true, forms: ["string"], chunked: false },
    ]);
  });

  for (const e of examples) {
    describe(e.name, () => {
      it("examples/gpu holds what the fixer produces", () => {
        const target = join(GPU_DIR, e.name);
        if (update) writeFileSync(target, e.output);
        expect(readFileSync(target, "utf8"), "examples/gpu is out of date: UPDATE_EXAMPLES=1 npx vitest run __tests__/examples.test.ts").toBe(e.output);
      });

      it("the FPGA manifest trips the migration rules; the GPU one is a valid manifest with no fixable finding left", () => {
        expect(lintText(e.input, { filePath: e.name }).messages.filter((m) => m.edits).length).toBeGreaterThan(0);
        const r = readManifest(e.name, e.output);
        expect(r.kind).toBe("manifest");
        if (r.kind === "manifest") expect(r.manifest.modules.filter((m) => m.createOptions.error !== undefined)).toEqual([]);
        expect(lintText(e.output, { filePath: e.name }).messages.filter((m) => m.edits)).toEqual([]);
        expect(fixText(e.output, { filePath: e.name }).output, "fixing the GPU manifest again changes nothing").toBe(e.output);
      });

      it("the GPU manifest asks for no FPGA and holds no host Binds to shares", () => {
        expect(e.output).not.toContain("fpga_catapult");
        expect(e.output).not.toContain("WIRESERVER_ADDRESS");
        expect(e.output).not.toMatch(/"Binds"|\\"Binds\\"/);
      });
    });
  }
});
