/**
 * examples/gpu/* must be exactly what the fixer (all built-in rules) makes of examples/fpga/*, and
 * examples/vm/* what it makes of them for the vm target with examples/vm/.iotedge-gpu-lint.yml.
 * When rules change, regenerate: `UPDATE_EXAMPLES=1 npx vitest run __tests__/examples.test.ts`
 * (or `node scripts/gen-examples.mjs`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixText, lintText, readManifest } from "../src/index.js";
// @ts-expect-error: a plain .mjs script without type declarations
import { GPU_DIR, VM_DIR, generate, generateVm, vmSettings } from "../scripts/gen-examples.mjs";
import type { TextOptions } from "../src/index.js";
import { normalizeCreateOptions } from "./helpers/rule-tester.js";

interface Generated {
  name: string;
  input: string;
  output: string;
}

const update = process.env.UPDATE_EXAMPLES === "1";
const examples = (generate as (f: typeof fixText) => Generated[])(fixText);
const vmExamples = (generateVm as (f: typeof fixText) => Generated[])(fixText);
const vm = (vmSettings as () => TextOptions)();

/** Module names, routes and images of a manifest: what the vm fix must leave alone (runtime images aside). */
function identity(name: string, text: string): { modules: string[]; routes: string[]; images: (string | undefined)[] } {
  const r = readManifest(name, text);
  if (r.kind !== "manifest") throw new Error(`${name} is not a manifest`);
  return {
    modules: r.manifest.modules.map((m) => m.name),
    routes: r.manifest.routes.map((x) => `${x.name}: ${x.text}`),
    images: r.manifest.modules.filter((m) => !m.system).map((m) => m.image),
  };
}

/** Every module's createOptions, parsed (chunks joined), by module name. */
function optionsByModule(text: string): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        const settings = x && typeof x === "object" ? (x as Record<string, unknown>).settings : undefined;
        if (settings && typeof settings === "object" && "createOptions" in settings) out[k.replace(/^properties\.desired\.modules\./, "")] = (settings as { createOptions: Record<string, unknown> }).createOptions;
        walk(x);
      }
    }
  };
  walk(normalizeCreateOptions(text));
  return out;
}

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

describe("examples/vm", () => {
  it("is fixed with the committed site settings: target vm, shares mounted under /mnt/shares", () => {
    expect(vm).toEqual({ target: "vm", vm: { shareRoot: "/mnt/shares" } });
    expect(vmExamples.map((e) => e.name)).toEqual(examples.map((e) => e.name));
  });

  for (const e of vmExamples) {
    describe(e.name, () => {
      it("examples/vm holds what the fixer produces for the vm target", () => {
        const target = join(VM_DIR, e.name);
        if (update) writeFileSync(target, e.output);
        expect(readFileSync(target, "utf8"), "examples/vm is out of date: UPDATE_EXAMPLES=1 npx vitest run __tests__/examples.test.ts").toBe(e.output);
      });

      it("no fixable VM finding remains, no Kubernetes-only rule ran, and fixing again changes nothing", () => {
        const before = lintText(e.input, { filePath: e.name, ...vm }).messages;
        expect(before.filter((m) => m.edits).length).toBeGreaterThan(0);
        expect(before.every((m) => m.target === "vm")).toBe(true);
        const after = lintText(e.output, { filePath: e.name, ...vm }).messages;
        expect(after.filter((m) => m.edits)).toEqual([]);
        expect(fixText(e.output, { filePath: e.name, ...vm }).output, "fixing the VM manifest again changes nothing").toBe(e.output);
      });

      it("no FPGA leftovers, no GPU in k8s-experimental, share binds from /mnt/shares, runtime images at 1.6", () => {
        for (const gone of ["fpga_catapult", "WIRESERVER_ADDRESS", "/dev/catapult", "/home/hcsshares", "nvidia.com/gpu", "k8s-experimental"]) expect(e.output).not.toContain(gone);
        const shares = [...e.input.matchAll(/\/home\/hcsshares\/([a-z]+)/g)].map((m) => m[1]!);
        expect(shares.length).toBeGreaterThan(0);
        for (const share of shares) expect(e.output).toContain(`/mnt/shares/${share}`);
        const runtime = [...e.output.matchAll(/mcr\.microsoft\.com\/azureiotedge-(?:agent|hub):([^"\\]+)/g)].map((m) => m[1]);
        expect(runtime).toEqual(e.name === "layered.json" ? [] : ["1.6", "1.6"]);
      });

      it("the modules that used the FPGA request the GPU with DeviceRequests; others get none", () => {
        const before = optionsByModule(e.input);
        const after = optionsByModule(e.output);
        expect(Object.keys(after)).toEqual(Object.keys(before));
        for (const [name, options] of Object.entries(after)) {
          const usedFpga = JSON.stringify(before[name]).includes("catapult");
          const hc = (options.HostConfig ?? {}) as Record<string, unknown>;
          // the FPGA count the module asked for becomes its GPU count (-1, all GPUs, when it gave none)
          const fpgaCount = /fpga_catapult":(\d+)/.exec(JSON.stringify(before[name]))?.[1];
          if (usedFpga) expect(hc.DeviceRequests, name).toEqual([{ Count: fpgaCount === undefined ? -1 : Number(fpgaCount), Capabilities: [["gpu"]] }]);
          else expect(hc.DeviceRequests, name).toBeUndefined();
        }
      });

      it("module names, routes, module images (placeholders) and plain host binds are unchanged", () => {
        expect(identity(e.name, e.output)).toEqual(identity(e.name, e.input));
        for (const bind of [...e.input.matchAll(/"(\/(?!home\/hcsshares)[a-z/]+:[a-z/]+)\\?"/g)].map((m) => m[1]!)) expect(e.output).toContain(bind);
      });
    });
  }

  describe("a manifest already fixed for the Kubernetes target (examples/gpu)", () => {
    for (const e of examples) {
      it(`${e.name}: no fixable finding for kubernetes; for vm, an error on each share volume and on a GPU only in k8s-experimental`, () => {
        expect(lintText(e.output, { filePath: e.name }).messages.filter((m) => m.edits)).toEqual([]);
        const found = lintText(e.output, { filePath: e.name, ...vm }).messages;
        const shareVolumes = [...e.output.matchAll(/"Type\\?":\s*\\?"volume\\?"/g)].length;
        expect(shareVolumes).toBeGreaterThan(0);
        expect(found.filter((m) => m.ruleId === "vm-share-volume" && m.severity === "error")).toHaveLength(shareVolumes);
        const gpuLimits = [...e.output.matchAll(/nvidia\.com\/gpu/g)].length;
        expect(found.filter((m) => m.ruleId === "vm-gpu-request" && m.severity === "error")).toHaveLength(gpuLimits);
        if (e.name !== "layered.json") expect(gpuLimits).toBeGreaterThan(0);
      });
    }
  });
});
