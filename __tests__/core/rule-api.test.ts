import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fixText, fromLegacyRule, lintText, type Rule, type RuleContext, type Target } from "../../src/index.js";
import { defineFact, type ModuleFacts } from "../../src/rule-api.js";
import { manifestText } from "../helpers/manifest.js";

const text = manifestText({ modules: { camera: { createOptions: { HostConfig: { Privileged: true } } } } });

const META: Rule["meta"] = { id: "probe", severity: "warning", facts: [], description: "probe", repair: "none", targets: ["kubernetes"] };

/** A rule that does its work when the walk starts. */
function probe(meta: Partial<Rule["meta"]>, check: (ctx: RuleContext) => void): Rule {
  return { meta: { ...META, ...meta }, create: (ctx) => ({ manifest: () => check(ctx) }) };
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

describe("rule API: the one walk", () => {
  const walked = manifestText({
    modules: {
      camera: { env: { A: "1" }, createOptions: { Env: ["B=2"], HostConfig: { Privileged: true } } },
      plain: {},
    },
    routes: { r1: "FROM /messages/modules/camera/outputs/* INTO $upstream" },
  });

  it("calls each rule's handlers in walk order: manifest, then per module module/createOptions/env, then routes, then manifestExit", () => {
    const calls: string[] = [];
    const recorder = (id: string): Rule => ({
      meta: { ...META, id },
      create: () => ({
        manifest: () => calls.push(`${id} manifest`),
        module: (mod) => calls.push(`${id} module ${mod.name}`),
        createOptions: (options, mod) => calls.push(`${id} createOptions ${mod.name} ${Object.keys(options.value as object).join(",")}`),
        env: (v, mod) => calls.push(`${id} env ${mod.name} ${v.name}=${v.value} (${v.from})`),
        route: (r) => calls.push(`${id} route ${r.name}`),
        manifestExit: () => calls.push(`${id} exit`),
      }),
    });
    const only = (id: string): Rule => ({ meta: { ...META, id }, create: () => ({ module: (mod) => calls.push(`${id} module ${mod.name}`) }) });
    lintText(walked, { ruleSet: [recorder("r"), only("m")] });
    const mods = calls.filter((c) => / module (edgeAgent|edgeHub)$/.test(c));
    expect(mods.length).toBe(4); // system modules are walked too
    expect(calls.filter((c) => !/ (edgeAgent|edgeHub)( |$)/.test(c))).toEqual([
      "r manifest",
      "r module camera",
      "m module camera",
      "r createOptions camera Env,HostConfig",
      "r env camera A=1 (env)",
      "r env camera B=2 (createOptions)",
      "r module plain",
      "m module plain",
      "r route r1",
      "r exit",
    ]);
  });

  it("gives every rule the same facts object per module, computes a fact once per module, and starts afresh for each file", () => {
    let computed = 0;
    const privileged = defineFact("privileged", (facts) => {
      computed++;
      return facts.hasHostConfigMember("privileged");
    });
    const seen = new Map<string, ModuleFacts[]>();
    const reader = (id: string): Rule => ({
      meta: { ...META, id },
      create: (ctx) => ({
        module(mod, facts) {
          expect(ctx.facts(mod)).toBe(facts);
          seen.set(mod.name, [...(seen.get(mod.name) ?? []), facts]);
          if (facts.get(privileged)) ctx.report({ node: mod.node, module: mod, message: "privileged" });
        },
      }),
    });
    const r = lintText(walked, { ruleSet: [reader("one"), reader("two")] });
    expect(r.messages.map((m) => [m.ruleId, m.module])).toEqual([
      ["one", "camera"],
      ["two", "camera"],
    ]);
    const [a, b] = seen.get("camera")!;
    expect(a).toBe(b);
    const modules = seen.size;
    expect(computed).toBe(modules);
    lintText(walked, { ruleSet: [reader("one"), reader("two")] });
    expect(computed).toBe(2 * modules);
  });

  it("turns a throwing handler into one internal-error finding, stops that rule for the file, and runs the others", () => {
    let after = 0;
    const broken: Rule = {
      meta: { ...META, id: "broken" },
      create: () => ({
        module(mod) {
          if (mod.name === "camera") throw new Error("boom");
        },
        manifestExit: () => void after++,
      }),
    };
    const fine = probe({ id: "fine" }, ({ manifest, report }) => report({ node: manifest.root, message: "fine" }));
    const r = lintText(walked, { ruleSet: [broken, fine] });
    expect(r.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ["broken", "internal error in rule broken: boom; please report it"],
      ["fine", "fine"],
    ]);
    expect(after).toBe(0);
  });

  it("still runs a rule of the 1.0 shape (check), as given or through fromLegacyRule", () => {
    const legacy = { meta: { ...META, id: "legacy" }, check: ({ manifest, report }: RuleContext) => report({ node: manifest.root, message: "old" }) };
    expect(lintText(walked, { ruleSet: [legacy] }).messages.map((m) => m.message)).toEqual(["old"]);
    expect(lintText(walked, { ruleSet: [legacy as unknown as Rule] }).messages.map((m) => m.message)).toEqual(["old"]);
    expect(lintText(walked, { ruleSet: [fromLegacyRule(legacy)] }).messages.map((m) => m.message)).toEqual(["old"]);
  });
});
