/**
 * Fix safety (issue 12) and the fix representation: fixes that create the same member merge,
 * the guard withholds a fix that would lose data, a fix far apart is a list of edits, rewritten
 * strings keep their style, and a lone CR is a line break.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../../src/index.js";
import type { Diagnostic, Rule } from "../../src/index.js";
import { readManifest } from "../../src/model/manifest.js";
import { guardBaseline, guardViolation } from "../../src/engine/guard.js";
import { applyEdits, RangeIndex } from "../../src/engine/text-edits.js";
import { format as formatJson } from "../../src/formatters/json.js";
import { format as formatSarif } from "../../src/formatters/sarif.js";
import { findDuplicateKeys } from "../../src/json/duplicate-keys.js";
import userOption from "../../rules/user-option.js";
import recreateStrategy from "../../rules/recreate-strategy.js";
import nvidiaRuntime from "../../rules/nvidia-runtime.js";
import noHostBinds from "../../rules/no-host-binds.js";
import moduleName from "../../rules/module-name.js";
import wireserverEnv from "../../rules/wireserver-env.js";
import envNameColon from "../../rules/env-name-colon.js";
import { manifestText } from "../helpers/manifest.js";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "files");

function optionsOf(text: string, module: string): Record<string, unknown> {
  const doc = JSON.parse(text.replace(/^\ufeff/, ""));
  const settings = doc.modulesContent.$edgeAgent["properties.desired"].modules[module].settings;
  const keys = Object.keys(settings).filter((k) => k.startsWith("createOptions"));
  return typeof settings.createOptions === "string" ? JSON.parse(keys.map((k) => settings[k]).join("")) : settings.createOptions;
}

describe("fixes that create the same member merge into one object (issue 12 item 1)", () => {
  const spec = { modules: { cam: { createOptions: { User: "1000:1000", HostConfig: { Runtime: "nvidia", Binds: ["/srv:/srv"] } } } } };
  const rules = [userOption, recreateStrategy, nvidiaRuntime];
  const merged = {
    HostConfig: { Binds: ["/srv:/srv"] },
    "k8s-experimental": { strategy: { type: "Recreate" }, securityContext: { runAsUser: 1000, runAsGroup: 1000 }, resources: { limits: { "nvidia.com/gpu": 1 } } },
  };

  it("User first, then recreate-strategy and nvidia-runtime: one k8s-experimental holding all three (string form)", () => {
    const out = fixText(manifestText(spec, "string"), { filePath: "deployment.json", ruleSet: rules });
    expect(out.output).toBe(manifestText({ modules: { cam: { createOptions: merged } } }, "string"));
    expect(out.result.messages).toEqual([]);
    expect(fixText(out.output, { filePath: "deployment.json", ruleSet: rules }).changed).toBe(false);
  });

  it("the same in a template with object createOptions", () => {
    const out = fixText(manifestText(spec, "object"), { filePath: "deployment.template.json", ruleSet: rules });
    expect(out.output).toBe(manifestText({ modules: { cam: { createOptions: merged } } }, "object"));
  });

  const sample = join(CORPUS, "Azure-Samples__iot-edge-for-iiot__offline-dashboards__dashboard.layered.deployment.template.json");
  it.skipIf(!existsSync(sample))("corpus: sqledge keeps the securityContext made from User beside the Recreate strategy (skipped without ../shared/corpus)", () => {
    const raw = readFileSync(sample, "utf8");
    const out = fixText(raw, { filePath: "dashboard.layered.deployment.template.json" });
    const doc = JSON.parse(out.output.replace(/^\ufeff/, ""));
    const settings = doc.modulesContent.$edgeAgent["properties.desired.modules.sqledge"].settings;
    const text = Object.keys(settings)
      .filter((k) => k.startsWith("createOptions"))
      .map((k) => settings[k])
      .join("");
    expect(findDuplicateKeys(text)).toEqual([]);
    const co = JSON.parse(text);
    expect(co["k8s-experimental"]).toEqual({ strategy: { type: "Recreate" }, securityContext: { runAsUser: 0, runAsGroup: 0 } });
    expect(co.User).toBeUndefined();
    // the file writes "/" as "\/": the rewritten string does too
    const line = out.output.split("\n").find((l) => l.includes('"createOptions": "{\\"HostConfig\\":{\\"CapAdd'))!;
    expect(line).toContain('\\"Target\\":\\"\\/var\\/opt\\/mssql\\"');
    expect(line).not.toMatch(/[^\\]\/var/);
    expect(fixText(out.output, { filePath: "dashboard.layered.deployment.template.json" }).changed).toBe(false);
  });
});

/** A rule whose fix is whatever the test gives it. */
function fixingRule(id: string, fix: (m: ReturnType<typeof readManifest> & { kind: "manifest" }) => import("../../src/index.js").Edit[]): Rule {
  return {
    meta: { id, severity: "error", facts: [], description: id, repair: "fix", targets: ["kubernetes", "vm"] },
    create: (ctx) => ({
      module(mod) {
        if (mod.name === "cam") ctx.report({ node: mod.node, module: mod, message: "test finding", fix: fix({ kind: "manifest", manifest: ctx.manifest }) });
      },
    }),
  };
}

describe("the guard withholds a fix that would lose data (issue 12 items 3 and 5)", () => {
  const text = manifestText({ modules: { cam: { createOptions: { HostConfig: { Privileged: true } } } } }, "string");

  it("a fix that adds a key its object already has is withheld: nothing written, the finding says why", () => {
    const rule = fixingRule("adds-duplicate", ({ manifest }) => [{ op: "add", parent: manifest.modules.find((m) => m.name === "cam")!.createOptions.root!.get("HostConfig")!, key: "Privileged", value: false }]);
    const out = fixText(text, { filePath: "deployment.json", ruleSet: [rule] });
    expect(out.output).toBe(text);
    expect(out.changed).toBe(false);
    expect(out.rejected.map((d) => [d.ruleId, d.fixWithheld])).toEqual([["adds-duplicate", "it would define the key 'Privileged' twice in one object (the last would win and the first be lost)"]]);
    const [left] = out.result.messages;
    expect(left!.message).toBe("test finding (automatic fix withheld: it would define the key 'Privileged' twice in one object (the last would win and the first be lost))");
    expect(left!.fixWithheld).toBeDefined();
    expect(left!.edits).toBeUndefined();
    expect(out.result.fixableCount).toBe(0);
  });

  it("a shadowed Binds is not revived: only the effective (last) Binds is converted, and it stays, emptied, shadowing the first", () => {
    const co = '{"HostConfig":{"Binds":["/home/hcsshares/x:/x"],"Binds":["/home/hcsshares/y:/y"]}}';
    const dup = manifestText({ modules: { cam: { createOptions: "X" } } }, "string").replace('"X"', JSON.stringify(co));
    const out = fixText(dup, { filePath: "deployment.json", ruleSet: [noHostBinds] });
    const fixed = '{"HostConfig":{"Binds":["/home/hcsshares/x:/x"],"Binds":[],"Mounts":[{"Type":"volume","Source":"y","Target":"/y"}]}}';
    expect(out.output).toBe(dup.replace(JSON.stringify(co), JSON.stringify(fixed)));
    // what the agent reads (the last Binds wins): no bind, one Mount from y; x never comes back
    expect(JSON.parse(fixed)).toEqual({ HostConfig: { Binds: [], Mounts: [{ Type: "volume", Source: "y", Target: "/y" }] } });
    expect(out.result.messages).toEqual([]);
  });

  const chunks = join(CORPUS, "Azure__iotedgedev__tests__assets__deployment.manifest_invalid_createoptions.json");
  it.skipIf(!existsSync(chunks))("corpus: no re-chunking deletes an object chunk (createOptions04) (skipped without ../shared/corpus)", () => {
    const raw = readFileSync(chunks, "utf8");
    const out = fixText(raw, { filePath: "deployment.manifest_invalid_createoptions.json" });
    expect(out.output).toContain('"createOptions04": {"test": "value"}');
    const settings = JSON.parse(out.output).modulesContent.$edgeAgent["properties.desired"].modules.csharpfunction2.settings;
    expect(settings.createOptions04).toEqual({ test: "value" });
  });

  it("guardViolation names a value changed outside the declared paths, and accepts it when declared", () => {
    const a = readManifest("deployment.json", manifestText({ modules: { cam: { createOptions: { Env: ["A=1"], WorkingDir: "/a" } } } }, "string"));
    const b = readManifest("deployment.json", manifestText({ modules: { cam: { createOptions: { Env: ["A=2"], WorkingDir: "/a" } } } }, "chunked"));
    if (a.kind !== "manifest" || b.kind !== "manifest") throw new Error("not a manifest");
    const settings = ["modulesContent", "$edgeAgent", "properties.desired", "modules", "cam", "settings"];
    expect(guardViolation(guardBaseline(a.manifest), b.manifest, [])).toBe(
      "it would change a value it does not own (at /modulesContent/$edgeAgent/properties.desired/modules/cam/settings/createOptions/Env/0)",
    );
    // chunking differs, the options are the same: only the declared value changed
    expect(guardViolation(guardBaseline(a.manifest), b.manifest, [[...settings, "createOptions", "Env"]])).toBeUndefined();
  });
});

describe("a fix far apart is a list of small edits (issue 12 size, issue 13 item 11)", () => {
  const text = manifestText({ modules: { Cam: { image: "x:1" } }, routes: { r: "FROM /messages/modules/Cam/outputs/* INTO $upstream" }, twins: { Cam: { "properties.desired": { a: 1 } } } }, "string");

  it("a module rename is three edits (module key, twin key, route), with no single replacement repeating the file", () => {
    const m = lintText(text, { filePath: "deployment.json", ruleSet: [moduleName] }).messages.find((d) => d.ruleId === "module-name")!;
    expect(m.fix).toBeUndefined();
    const at = (s: string, from = 0) => text.indexOf(s, from);
    const route = '"FROM /messages/modules/Cam/outputs/* INTO $upstream"';
    expect(m.fixEdits).toEqual([
      { start: at('"Cam"'), end: at('"Cam"') + 5, text: '"cam"' },
      { start: at(route), end: at(route) + route.length, text: route.replace("Cam", "cam") },
      { start: at('"Cam"', at(route)), end: at('"Cam"', at(route)) + 5, text: '"cam"' },
    ]);
    const json = JSON.parse(formatJson([{ filePath: "/ws/deployment.json", messages: [m], errorCount: 1, warningCount: 0, infoCount: 0, fixableCount: 1 }], { cwd: "/ws", rules: [] }));
    expect(json[0].messages[0].fix).toBeUndefined();
    expect(json[0].messages[0].fixEdits).toEqual(m.fixEdits!.map((e) => ({ range: [e.start, e.end], text: e.text })));
    const sarif = JSON.parse(formatSarif([{ filePath: "/ws/deployment.json", messages: [m], errorCount: 1, warningCount: 0, infoCount: 0, fixableCount: 1 }], { cwd: "/ws", rules: [] }));
    expect(sarif.runs[0].results[0].fixes[0].artifactChanges[0].replacements).toEqual(
      m.fixEdits!.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } })),
    );
    expect(applyEdits(text, m.fixEdits!)).toBe(fixText(text, { filePath: "deployment.json", ruleSet: [moduleName] }).output);
  });

  it("a fix several findings share is written once: the others name it with fixSameAs", () => {
    const binds = manifestText({ modules: { cam: { createOptions: { HostConfig: { Binds: ["/a:/a", "/b:/b"] } } } } }, "string");
    const r = lintText(binds, { filePath: "deployment.json", ruleSet: [noHostBinds] });
    expect(r.messages).toHaveLength(2);
    expect(r.messages[0]!.fixEdits).toBe(r.messages[1]!.fixEdits);
    const json = JSON.parse(formatJson([{ ...r, filePath: "/ws/deployment.json" }], { cwd: "/ws", rules: [] }));
    expect(json[0].messages[0].fix).toBeDefined();
    expect(json[0].messages[1]).not.toHaveProperty("fix");
    expect(json[0].messages[1].fixSameAs).toBe(r.messages[0]!.fingerprint);
    const sarif = JSON.parse(formatSarif([{ ...r, filePath: "/ws/deployment.json" }], { cwd: "/ws", rules: [] }));
    expect(sarif.runs[0].results[1].fixes).toBeUndefined();
    expect(sarif.runs[0].results[1].properties.fixSameAs).toBe(r.messages[0]!.fingerprint);
  });

  it("a Binds suggestion removes one entry instead of rewriting the list", () => {
    const many = manifestText({ modules: { cam: { createOptions: { HostConfig: { Binds: ["$A:/a", "/b:/b", "$C:/c"] } } } } }, "object");
    const r = lintText(many, { filePath: "deployment.template.json", ruleSet: [noHostBinds] });
    const first = r.messages.find((m) => m.suggestions !== undefined)!;
    const removal = first.suggestions![0]!.fixEdits!.find((e) => e.text === "")!;
    expect(many.slice(removal.start, removal.end)).toMatch(/^"\$A:\/a",\s*$/);
  });
});

describe("edits: sorted range index and one-pass application", () => {
  it("finds conflicts among taken ranges (touching replacements allowed, insertions at a bound not)", () => {
    const idx = new RangeIndex();
    idx.insert({ start: 10, end: 20 });
    idx.insert({ start: 30, end: 30 });
    idx.insert({ start: 0, end: 5 });
    expect(idx.conflicts({ start: 20, end: 25 })).toBe(false);
    expect(idx.conflicts({ start: 5, end: 10 })).toBe(false);
    expect(idx.conflicts({ start: 19, end: 21 })).toBe(true);
    expect(idx.conflicts({ start: 20, end: 20 })).toBe(true);
    expect(idx.conflicts({ start: 25, end: 35 })).toBe(true);
    expect(idx.conflicts({ start: 31, end: 40 })).toBe(false);
    expect(idx.conflicts({ start: 2, end: 3 })).toBe(true);
  });

  it("applies edits given in any order in one pass", () => {
    expect(applyEdits("abcdef", [{ start: 4, end: 5, text: "E" }, { start: 0, end: 1, text: "" }, { start: 2, end: 2, text: "+" }])).toBe("b+cdEf");
  });
});

describe("style kept by rewritten strings (issue 12 item 6)", () => {
  it("a createOptions string written with \\/ keeps it in new text (in place)", () => {
    const text = manifestText({ modules: { cam: { createOptions: "X" } } }, "string").replace('"X"', '"{\\"HostConfig\\":{\\"Binds\\":[\\"\\/srv:\\/srv\\"]}}"');
    const out = fixText(text, { filePath: "deployment.json", ruleSet: [noHostBinds] });
    expect(out.output).toBe(text.replace('\\"Binds\\":[\\"\\/srv:\\/srv\\"]', '\\"Mounts\\":[{\\"Type\\":\\"bind\\",\\"Source\\":\\"\\/srv\\",\\"Target\\":\\"\\/srv\\"}]'));
  });

  it("re-chunked text keeps \\/ and the chunk lines' indentation", () => {
    const binds = Array.from({ length: 12 }, (_, i) => `/data/d${i}:/mnt/d${i}`);
    const co = JSON.stringify({ HostConfig: { Binds: binds } }).replace(/\//g, "\\/");
    // chunk members indented deeper than the other settings
    const text = manifestText({ modules: { cam: { createOptions: "X" } } }, "string").replace('"createOptions": "X"', `  "createOptions": ${JSON.stringify(co).replace(/\\\\\//g, "\\/")}`);
    expect(text).toContain('\\"\\/data\\/d0:\\/mnt\\/d0\\"');
    const out = fixText(text, { filePath: "deployment.json", ruleSet: [noHostBinds] });
    // the module's chunk lines (edgeHub's createOptions is left alone)
    const lines = out.output.split("\n").filter((l) => /"createOptions\d*":/.test(l) && !l.includes("PortBindings"));
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l).toMatch(/^ {16}"createOptions\d*": "/);
    for (const l of lines) expect(l).not.toMatch(/[^\\]\/mnt/);
    expect(optionsOf(out.output, "cam")).toEqual({ HostConfig: { Mounts: binds.map((b) => ({ Type: "bind", Source: b.split(":")[0], Target: b.split(":")[1] })) } });
  });

  it("removing the last Env entry removes Env too; removing one of two keeps the list", () => {
    const one = manifestText({ modules: { cam: { createOptions: { Env: ["WIRESERVER_ADDRESS=1.2.3.4"], WorkingDir: "/a" } } } }, "string");
    expect(fixText(one, { filePath: "deployment.json", ruleSet: [wireserverEnv] }).output).toBe(manifestText({ modules: { cam: { createOptions: { WorkingDir: "/a" } } } }, "string"));
    const two = manifestText({ modules: { cam: { createOptions: { Env: ["A=1", "WIRESERVER_ADDRESS=1.2.3.4"] } } } }, "string");
    expect(fixText(two, { filePath: "deployment.json", ruleSet: [wireserverEnv] }).output).toBe(manifestText({ modules: { cam: { createOptions: { Env: ["A=1"] } } } }, "string"));
  });
});

describe("CR-only line endings (issue 13 item 14)", () => {
  const lf = manifestText({ modules: { cam: { env: { "Logging:Level": "1" }, createOptions: { HostConfig: { Binds: ["/srv:/srv"] } } } } }, "object");
  const cr = lf.replace(/\n/g, "\r");

  it("a lone CR is a line break for positions", () => {
    const a = lintText(lf, { filePath: "deployment.template.json", ruleSet: [envNameColon, noHostBinds] }).messages;
    const b = lintText(cr, { filePath: "deployment.template.json", ruleSet: [envNameColon, noHostBinds] }).messages;
    expect(b.map((d: Diagnostic) => [d.ruleId, d.line, d.column, d.endLine, d.endColumn])).toEqual(a.map((d) => [d.ruleId, d.line, d.column, d.endLine, d.endColumn]));
    expect(b.every((d) => d.line > 1)).toBe(true);
  });

  it("new members are written with CR in a CR file", () => {
    const out = fixText(cr, { filePath: "deployment.template.json", ruleSet: [noHostBinds] });
    const fromLf = fixText(lf, { filePath: "deployment.template.json", ruleSet: [noHostBinds] });
    expect(out.output).toBe(fromLf.output.replace(/\n/g, "\r"));
    expect(out.output).not.toContain("\n");
  });
});
