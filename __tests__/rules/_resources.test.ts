/** The shared helpers of rule pack I-B, driven through a throwaway rule so that the engine applies their edits. */
import { describe, expect, it } from "vitest";
import { ensureK8s, removeMembers } from "../../rules/_resources.js";
import { fixText } from "../../src/index.js";
import type { Rule } from "../../src/rule-api.js";
import { manifestText } from "../helpers/manifest.js";

const ensureRule: Rule = {
  meta: { id: "test-ensure-k8s", severity: "warning", facts: [], description: "test", repair: "fix", targets: ["kubernetes"] },
  create: ({ manifest, report }) => ({
    module(mod, facts) {
      if (mod.system || mod.createOptions.root?.getExact("k8s-experimental") !== undefined) return;
      const fix = ensureK8s(manifest, facts, { strategy: { type: "Recreate" } });
      report({ node: mod.node, module: mod, message: "ensure", ...(fix ? { fix } : {}) });
    },
  }),
};

const removeRule: Rule = {
  meta: { id: "test-remove-members", severity: "warning", facts: [], description: "test", repair: "fix", targets: ["kubernetes"] },
  create: ({ report }) => ({
    module(mod, facts) {
      const hc = facts.hostConfig;
      const doomed = hc?.entries().filter((e) => e.key!.startsWith("X")) ?? [];
      if (hc && doomed.length > 0) report({ node: hc, module: mod, message: "remove", fix: removeMembers(hc, doomed) });
    },
  }),
};

const fix = (rule: Rule, text: string, filePath: string) => fixText(text, { filePath, ruleSet: [rule] });

describe("ensureK8s", () => {
  it("creates an object createOptions in a template module that has none", () => {
    const text = manifestText({ modules: { a: {} } });
    expect(fix(ensureRule, text, "deployment.template.json").output).toBe(manifestText({ modules: { a: { createOptions: { "k8s-experimental": { strategy: { type: "Recreate" } } } } } }));
  });

  it("creates a string createOptions in a generated manifest", () => {
    const text = manifestText({ modules: { a: {} } }, "string");
    expect(fix(ensureRule, text, "deployment.json").output).toBe(manifestText({ modules: { a: { createOptions: '{"k8s-experimental":{"strategy":{"type":"Recreate"}}}' } } }, "string"));
  });

  it("fills an empty createOptions string", () => {
    const text = manifestText({ modules: { a: { createOptions: "" } } }, "string");
    expect(fix(ensureRule, text, "deployment.json").output).toBe(manifestText({ modules: { a: { createOptions: '{"k8s-experimental":{"strategy":{"type":"Recreate"}}}' } } }, "string"));
  });

  it("does nothing when k8s-experimental is miscased (k8s-experimental-shape renames it first)", () => {
    const text = manifestText({ modules: { a: { createOptions: { "K8s-Experimental": {} } } } });
    const out = fix(ensureRule, text, "deployment.template.json");
    expect(out.output).toBe(text);
    expect(out.result.messages.map((m) => m.edits)).toEqual([undefined]);
  });
});

describe("removeMembers", () => {
  it("removes members one by one when the last member stays", () => {
    const text = manifestText({ modules: { a: { createOptions: { HostConfig: { X1: 1, X2: 2, Keep: true } } } } });
    expect(fix(removeRule, text, "deployment.template.json").output).toBe(manifestText({ modules: { a: { createOptions: { HostConfig: { Keep: true } } } } }));
  });

  it("rewrites the object when the last members go (separate removals would overlap)", () => {
    const text = manifestText({ modules: { a: { createOptions: { HostConfig: { Keep: true, X1: 1, X2: 2 } } } } }, "string");
    const out = fix(removeRule, text, "deployment.json");
    expect(out.output).toBe(manifestText({ modules: { a: { createOptions: { HostConfig: { Keep: true } } } } }, "string"));
    expect(out.passes).toBe(1);
  });
});
