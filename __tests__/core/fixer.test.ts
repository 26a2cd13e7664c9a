/**
 * Fix guarantees: untouched bytes stay identical (indentation, key order, line endings, BOM,
 * final newline), a second fix changes nothing, output always parses, stringified createOptions
 * keep their escapes or are re-chunked canonically when they outgrow one chunk.
 */
import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../../src/index.js";
import envNameColon from "../../rules/env-name-colon.js";
import noHostBinds from "../../rules/no-host-binds.js";
import { readManifest } from "../../src/model/manifest.js";
import { EditBatch } from "../../src/engine/edit-batch.js";
import type { Rule } from "../../src/index.js";

const fix = (text: string, rules: Rule[], filePath = "deployment.json") => fixText(text, { filePath, ruleSet: rules });

const generatedWith = (createOptions: string, eol = "\n", indent = "  ") =>
  [
    "{",
    `${indent}"modulesContent": {`,
    `${indent.repeat(2)}"$edgeAgent": {`,
    `${indent.repeat(3)}"properties.desired": {`,
    `${indent.repeat(4)}"modules": {`,
    `${indent.repeat(5)}"cam": {`,
    `${indent.repeat(6)}"settings": {`,
    `${indent.repeat(7)}"image": "x",`,
    `${indent.repeat(7)}"createOptions": ${JSON.stringify(createOptions)}`,
    `${indent.repeat(6)}}`,
    `${indent.repeat(5)}}`,
    `${indent.repeat(4)}}`,
    `${indent.repeat(3)}}`,
    `${indent.repeat(2)}}`,
    `${indent}}`,
    "}",
    "",
  ].join(eol);

describe("fixer", () => {
  it("edits a stringified createOptions in place, keeping the other escapes byte for byte", () => {
    const raw = '{"Labels":{"k":"caf\\u00e9\\/x"},"Env":["A:B=1"]}';
    const text = generatedWith("PLACEHOLDER").replace('"PLACEHOLDER"', JSON.stringify(raw).replace("caf\\\\u00e9\\\\/x", "caf\\\\u00e9\\\\/x"));
    const out = fix(text, [envNameColon]);
    expect(out.output).toBe(text.replace("A:B=1", "A__B=1"));
  });

  it("keeps CRLF, a BOM, tab indentation and the final newline", () => {
    const text = "\ufeff" + generatedWith('{"Env":["A:B=1"]}', "\r\n", "\t");
    const out = fix(text, [envNameColon]);
    expect(out.output).toBe(text.replace("A:B=1", "A__B=1"));
    expect(out.output.startsWith("\ufeff")).toBe(true);
  });

  it("a new member is written in the container's layout (multi-line, CRLF, tabs)", () => {
    const text = [
      "{",
      '\t"modulesContent": {',
      '\t\t"$edgeAgent": {',
      '\t\t\t"properties.desired": {',
      '\t\t\t\t"modules": {',
      '\t\t\t\t\t"cam": {',
      '\t\t\t\t\t\t"settings": {',
      '\t\t\t\t\t\t\t"image": "x",',
      '\t\t\t\t\t\t\t"createOptions": {',
      '\t\t\t\t\t\t\t\t"HostConfig": {',
      '\t\t\t\t\t\t\t\t\t"Privileged": true, // keep me',
      '\t\t\t\t\t\t\t\t\t"Binds": ["$FOLDER:/x", "/srv:/srv"]',
      "\t\t\t\t\t\t\t\t}",
      "\t\t\t\t\t\t\t}",
      "\t\t\t\t\t\t}",
      "\t\t\t\t\t}",
      "\t\t\t\t}",
      "\t\t\t}",
      "\t\t}",
      "\t}",
      "}",
      "",
    ].join("\r\n");
    const out = fix(text, [noHostBinds], "deployment.template.json");
    expect(out.output).toBe(
      text.replace(
        '"Binds": ["$FOLDER:/x", "/srv:/srv"]',
        '"Binds": ["$FOLDER:/x"],\r\n\t\t\t\t\t\t\t\t\t"Mounts": [\r\n\t\t\t\t\t\t\t\t\t\t{\r\n\t\t\t\t\t\t\t\t\t\t\t"Type": "bind",\r\n\t\t\t\t\t\t\t\t\t\t\t"Source": "/srv",\r\n\t\t\t\t\t\t\t\t\t\t\t"Target": "/srv"\r\n\t\t\t\t\t\t\t\t\t\t}\r\n\t\t\t\t\t\t\t\t\t]',
      ),
    );
    expect(fix(out.output, [noHostBinds], "deployment.template.json").output).toBe(out.output);
  });

  it("re-chunks canonically when a fix makes a createOptions outgrow one 512-character chunk", () => {
    const binds = Array.from({ length: 12 }, (_, i) => `/data/d${i}:/mnt/d${i}`);
    const co = JSON.stringify({ HostConfig: { Binds: binds } });
    expect(co.length).toBeLessThan(512);
    const out = fix(generatedWith(co), [noHostBinds]);
    const doc = JSON.parse(out.output);
    const settings = doc.modulesContent.$edgeAgent["properties.desired"].modules.cam.settings;
    const keys = Object.keys(settings).filter((k) => k.startsWith("createOptions"));
    expect(keys[0]).toBe("createOptions");
    expect(keys.slice(1)).toEqual(keys.slice(1).map((_, i) => `createOptions${String(i + 1).padStart(2, "0")}`));
    expect(keys.length).toBeGreaterThan(1);
    for (const k of keys) expect(settings[k].length).toBeLessThanOrEqual(512);
    const joined = JSON.parse(keys.map((k) => settings[k]).join(""));
    expect(joined.HostConfig.Mounts).toHaveLength(12);
    expect(joined.HostConfig.Binds).toBeUndefined();
    expect(fix(out.output, [noHostBinds]).changed).toBe(false);
  });

  it("overlapping fixes wait for the next pass and all get applied", () => {
    const co = JSON.stringify({ Env: ["A:B=1", "C:D=2", "E:F=3"] });
    const out = fix(generatedWith(co), [envNameColon]);
    expect(out.result.messages).toEqual([]);
    expect(out.output).toContain('\\"A__B=1\\",\\"C__D=2\\",\\"E__F=3\\"');
  });

  it("an edit batch refuses a fix that overlaps an accepted one", () => {
    const r = readManifest("deployment.json", generatedWith('{"Env":["A=1"]}'));
    if (r.kind !== "manifest") throw new Error("not a manifest");
    const env = r.manifest.modules[0]!.createOptions.root!.get("Env")!;
    const batch = new EditBatch(r.manifest.root.space);
    expect(batch.tryAdd([{ op: "set", node: env, value: ["B=2"] }])).toBe(true);
    expect(batch.tryAdd([{ op: "set", node: env.items()[0]!, value: "C=3" }])).toBe(false);
    expect(batch.apply()).toContain('"{\\"Env\\":[\\"B=2\\"]}"');
  });

  it("leaves a file with nothing to fix byte-identical", () => {
    const text = "\ufeff" + generatedWith('{"Env":["A=1"]}', "\r\n");
    const out = fix(text, [envNameColon, noHostBinds]);
    expect(out.changed).toBe(false);
    expect(out.output).toBe(text);
  });

  it("a fix that removes every member of an object and adds new ones replaces its inside in the object's layout", () => {
    const text = generatedWith("X").replace('"createOptions": "X"', '"createOptions": {\n                "User": "1000"\n              }');
    const r = readManifest("deployment.template.json", text);
    if (r.kind !== "manifest") throw new Error("not a manifest");
    const root = r.manifest.modules[0]!.createOptions.root!;
    const batch = new EditBatch(r.manifest.root.space);
    expect(batch.tryAdd([{ op: "remove", node: root.get("User")! }, { op: "add", parent: root, key: "k8s-experimental", value: { securityContext: { runAsUser: 1000 } } }])).toBe(true);
    expect(batch.apply()).toBe(
      text.replace(
        '"User": "1000"',
        '"k8s-experimental": {\n                  "securityContext": {\n                    "runAsUser": 1000\n                  }\n                }',
      ),
    );
  });

  it("the same in a stringified createOptions keeps it compact", () => {
    const r = readManifest("deployment.json", generatedWith('{"User":"1000"}'));
    if (r.kind !== "manifest") throw new Error("not a manifest");
    const root = r.manifest.modules[0]!.createOptions.root!;
    const batch = new EditBatch(r.manifest.root.space);
    expect(batch.tryAdd([{ op: "remove", node: root.get("User")! }, { op: "add", parent: root, key: "k8s-experimental", value: { securityContext: { runAsUser: 1000 } } }])).toBe(true);
    expect(batch.apply()).toContain('"createOptions": "{\\"k8s-experimental\\":{\\"securityContext\\":{\\"runAsUser\\":1000}}}"');
  });
});

describe("fix text (ESLint's `fix`) is given when asked for", () => {
  const text = generatedWith(JSON.stringify({ Env: ["Logging:Level=Debug"] }));
  const rules = [envNameColon];
  // the element string, as it is written inside the createOptions string
  const element = '\\"Logging:Level=Debug\\"';

  it("by default: every fixable finding carries its edits and its text", () => {
    const [m] = lintText(text, { ruleSet: rules }).messages;
    expect(m!.edits).toBeDefined();
    expect(m!.fix).toEqual({ start: text.indexOf(element), end: text.indexOf(element) + element.length, text: '\\"Logging__Level=Debug\\"' });
  });

  it("fixText: false keeps the edits (fixable, applied by --fix) and leaves the text out", () => {
    const r = lintText(text, { ruleSet: rules, fixText: false });
    expect(r.fixableCount).toBe(1);
    expect(r.messages[0]!.edits).toBeDefined();
    expect(r.messages[0]).not.toHaveProperty("fix");
    expect(fixText(text, { ruleSet: rules, fixText: false }).output).toBe(fixText(text, { ruleSet: rules }).output);
  });

  it("after fixing, what remains is described once (suggestions keep their text)", () => {
    const withBind = generatedWith(JSON.stringify({ HostConfig: { Binds: ["$VIDEO_FOLDER:/media"] } }));
    const out = fixText(withBind, { ruleSet: [noHostBinds] });
    const left = out.result.messages.filter((m) => m.suggestions !== undefined);
    expect(left.length).toBeGreaterThan(0);
    for (const m of left) for (const s of m.suggestions!) expect(s.fix).toBeDefined();
    const bare = fixText(withBind, { ruleSet: [noHostBinds], fixText: false });
    expect(bare.result.messages.some((m) => m.suggestions !== undefined)).toBe(true);
    for (const m of bare.result.messages) for (const s of m.suggestions ?? []) expect(s).not.toHaveProperty("fix");
  });
});
