/**
 * The bad-input matrix at the library level: each case ends in a clear, positioned finding (or a
 * clear skip), never a throw, and a fix never loses what the user had.
 * (File-level cases — invalid UTF-8, unreadable files, symlinks, size limits — are tested
 * through the CLI in __tests__/e2e and __tests__/files.)
 */
import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../../src/index.js";
import { positionOf } from "../helpers/manifest.js";

const manifest = (modules: string, eol = "\n") =>
  ['{', '  "modulesContent": {', '    "$edgeAgent": {', '    "properties.desired": {', `      "modules": ${modules}`, "    }", "    }", "  }", "}", ""].join(eol);

describe("bad input", () => {
  it("malformed JSON: invalid-json at the first error, nothing else runs", () => {
    const text = manifest('{ "cam": { "settings": { "image": "x", } } }');
    const r = lintText(text, { filePath: "deployment.json" });
    const at = positionOf(text, ", }");
    expect(r.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["invalid-json", at.line, at.column]]);
    expect(r.messages[0]!.message).toMatch(/^Trailing comma is not allowed/);
  });

  it("a truncated file: the error is at the end of the file", () => {
    const full = manifest('{ "cam": { "settings": { "image": "x" } } }');
    const text = full.slice(0, full.indexOf('"cam"'));
    const [d] = lintText(text, { filePath: "deployment.json" }).messages;
    expect(d).toMatchObject({ ruleId: "invalid-json", offset: text.length });
    expect(d!.message).toMatch(/^Unexpected end of file; expected a property name/);
    const cutInString = full.slice(0, full.indexOf('"image"') + 3);
    const [e] = lintText(cutInString, { filePath: "deployment.json" }).messages;
    expect(e).toMatchObject({ ruleId: "invalid-json", offset: full.indexOf('"image"') });
    expect(e!.message).toMatch(/^Unterminated string/);
  });

  it("an empty file named like a manifest is reported, an empty unrelated file skipped", () => {
    expect(lintText("", { filePath: "deployment.json" }).messages.map((m) => m.ruleId)).toEqual(["invalid-json"]);
    expect(lintText("", { filePath: "settings.json" }).skipped).toBe(true);
  });

  it("merge-conflict markers are named as such", () => {
    const text = manifest('{\n<<<<<<< HEAD\n "a": {}\n=======\n "b": {}\n>>>>>>> branch\n}');
    const [d] = lintText(text, { filePath: "deployment.template.json" }).messages;
    expect(d!.message).toMatch(/^Unexpected merge-conflict marker/);
    expect({ line: d!.line, column: d!.column }).toEqual(positionOf(text, "<<<<<<<"));
  });

  it("mixed line endings: untouched lines keep their own ending after a fix", () => {
    const text = manifest('{ "cam": { "env": { "A:B": { "value": "1" } }, "settings": { "image": "x" } } }').replace('"$edgeAgent": {\n', '"$edgeAgent": {\r\n');
    const out = fixText(text, { filePath: "deployment.json" });
    expect(out.output).toBe(text.replace('"A:B"', '"A__B"'));
  });

  it("__proto__, constructor and prototype keys are data, not object internals", () => {
    const text = manifest(
      '{ "__proto__": { "settings": { "image": "x", "createOptions": "{\\"__proto__\\":{\\"polluted\\":1},\\"HostConfig\\":{\\"Binds\\":[\\"/a:/b\\"]}}" } }, "constructor": { "env": { "prototype": { "value": 1 } }, "settings": { "image": "y" } } }',
    );
    const r = lintText(text, { filePath: "deployment.json" });
    expect(r.messages.map((m) => m.message).join("\n")).not.toMatch(/internal error/);
    expect(r.messages.some((m) => m.ruleId === "no-host-binds" && m.module === "__proto__")).toBe(true);
    const out = fixText(text, { filePath: "deployment.json" });
    expect(JSON.parse(out.output).modulesContent.$edgeAgent["properties.desired"].modules).toHaveProperty("constructor");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("duplicate keys: the last one wins (as JSON.parse and the agent read it) and is the one reported", () => {
    const text = manifest('{ "cam": { "settings": { "image": "x", "createOptions": "{}", "createOptions": "{\\"HostConfig\\":{\\"Binds\\":[\\"/a:/b\\"]}}" } } }');
    const [d] = lintText(text, { filePath: "deployment.json" }).messages.filter((m) => m.ruleId === "no-host-binds");
    expect({ line: d!.line, column: d!.column }).toEqual(positionOf(text, '\\"/a:/b\\"'));
  });

  it("nesting 10,000 deep inside createOptions is read without a stack overflow", () => {
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    const text = manifest(`{ "cam": { "settings": { "image": "x", "createOptions": ${JSON.stringify(`{"Cmd":${deep}}`)} } } }`);
    expect(() => lintText(text, { filePath: "deployment.json" })).not.toThrow();
    expect(() => fixText(text, { filePath: "deployment.json" })).not.toThrow();
    // and no rule fails on it (a rule's stack overflow would show as an internal-error finding)
    expect(lintText(text, { filePath: "deployment.json" }).messages.map((m) => m.message).join("\n")).not.toMatch(/internal error/);
    const deepObjects = '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000);
    const objects = manifest(`{ "cam": { "settings": { "image": "x", "createOptions": ${JSON.stringify(`{"Labels":${deepObjects}}`)} } } }`);
    expect(lintText(objects, { filePath: "deployment.json" }).messages.map((m) => m.message).join("\n")).not.toMatch(/internal error/);
    expect(fixText(objects, { filePath: "deployment.json" }).result.messages.map((m) => m.message).join("\n")).not.toMatch(/internal error/);
  });

  it("a createOptions that is not a string or an object is invalid-create-options", () => {
    const text = manifest('{ "cam": { "settings": { "image": "x", "createOptions": 42 } } }');
    const [d] = lintText(text, { filePath: "deployment.json" }).messages.filter((m) => m.ruleId === "invalid-create-options");
    expect(d!.message).toMatch(/not a number/);
    expect({ line: d!.line, column: d!.column }).toEqual(positionOf(text, "42"));
  });

  it("lone surrogates and control characters in strings do not break positions", () => {
    const text = manifest('{ "cam": { "env": { "X:\\ud800": { "value": "\\u0000" } }, "settings": { "image": "x" } } }');
    const r = lintText(text, { filePath: "deployment.json" });
    expect(r.messages.map((m) => m.message).join()).not.toMatch(/internal error/);
  });
});
