import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fixText, lintText, type Rule, type Target } from "../../src/index.js";
import { manifestText } from "../helpers/manifest.js";

const text = manifestText({ modules: { camera: { createOptions: { HostConfig: { Privileged: true } } } } });

function probe(meta: Partial<Rule["meta"]>, check: Rule["check"]): Rule {
  return { meta: { id: "probe", severity: "warning", facts: [], description: "probe", repair: "none", targets: ["kubernetes"], ...meta }, check };
}

describe("rule API: messages", () => {
  it("fills a messageId's template from data and prefixes the module", () => {
    const rule = probe({ messages: { privileged: "'{{key}}' is {{ value }}", missing: "keep {{missing}}" } }, ({ manifest, report }) => {
      const mod = manifest.modules.find((m) => m.name === "camera")!;
      report({ node: mod.node, module: mod, messageId: "privileged", data: { key: "Privileged", value: "true" } });
      report({ node: mod.node, module: mod, messageId: "missing", data: {} });
    });
    // a hole the report leaves without data is a rule bug, shown as such (at the file's start), never printed as {{missing}}
    expect(lintText(text, { ruleSet: [rule] }).messages.map((m) => m.message)).toEqual([
      "internal error in rule probe: message hole '{{missing}}' has no data; please report it",
      "module 'camera': 'Privileged' is true",
    ]);
  });

  it("keeps a finished message as it is (no prefix)", () => {
    const rule = probe({}, ({ manifest, report }) => report({ node: manifest.root, message: "as written" }));
    expect(lintText(text, { ruleSet: [rule] }).messages.map((m) => m.message)).toEqual(["as written"]);
  });

  it("turns an unknown messageId into a visible internal-error finding, never a crash", () => {
    const rule = probe({ messages: {} }, ({ manifest, report }) => report({ node: manifest.root, messageId: "nope" }));
    const [m] = lintText(text, { ruleSet: [rule] }).messages;
    expect(m).toMatchObject({ ruleId: "probe", severity: "error", message: "internal error in rule probe: rule probe has no message 'nope' in meta.messages; please report it" });
  });

  it("rejects a fix from a rule whose repair is not 'fix'", () => {
    const rule = probe({ repair: "suggestion" }, ({ manifest, report }) => report({ node: manifest.root, message: "x", fix: [{ op: "remove", node: manifest.root }] }));
    const [m] = lintText(text, { ruleSet: [rule] }).messages;
    expect(m!.message).toBe("internal error in rule probe: rule probe reported a fix but its meta.repair is 'suggestion'; please report it");
    expect(fixText(text, { ruleSet: [rule] }).output).toBe(text);
  });
});

describe("rule API: targets", () => {
  const seen: Target[] = [];
  const both = probe({ id: "both", targets: ["kubernetes", "vm"] }, ({ manifest, report, target }) => {
    seen.push(target);
    report({ node: manifest.root, message: `for ${target}` });
  });
  const vmOnly = probe({ id: "vm-only", targets: ["vm"] }, ({ manifest, report, vm }) => report({ node: manifest.root, message: `shareRoot ${vm.shareRoot ?? "unset"}` }));

  it("runs only the rules that name the target, and tells them which", () => {
    const k8s = lintText(text, { ruleSet: [both, vmOnly] });
    expect(k8s.messages.map((m) => [m.ruleId, m.message, m.target])).toEqual([["both", "for kubernetes", "kubernetes"]]);
    const vm = lintText(text, { ruleSet: [both, vmOnly], target: "vm", vm: { shareRoot: "/mnt/shares" } });
    expect(vm.messages.map((m) => [m.ruleId, m.message, m.target])).toEqual([
      ["both", "for vm", "vm"],
      ["vm-only", "shareRoot /mnt/shares", "vm"],
    ]);
    expect(seen).toEqual(["kubernetes", "vm"]);
  });

  it("gives the same finding a different fingerprint per target; kubernetes keeps the fingerprint it had before targets", () => {
    const k8s = lintText(text, { ruleSet: [both] }).messages[0]!;
    const vm = lintText(text, { ruleSet: [both], target: "vm" }).messages[0]!;
    expect(k8s.fingerprint).not.toBe(vm.fingerprint);
    expect(lintText(text, { ruleSet: [both], target: "kubernetes" }).messages[0]!.fingerprint).toBe(k8s.fingerprint);
    // (rule, file, module, pointer, occurrence), as fingerprints were made before targets existed
    const before = createHash("sha256").update(["both", "deployment.json", "", "", ""].join("\u0000")).digest("hex").slice(0, 16);
    expect(k8s.fingerprint).toBe(before);
  });
});
