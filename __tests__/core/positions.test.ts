/**
 * Positions are exact: 1-based line and column as an editor shows them, with a BOM, with CRLF,
 * inside a stringified createOptions (escapes accounted for) and across chunk boundaries.
 */
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/index.js";
import envNameColon from "../../rules/env-name-colon.js";
import noHostBinds from "../../rules/no-host-binds.js";
import moduleName from "../../rules/module-name.js";
import invalidJson from "../../rules/invalid-json.js";
import invalidCreateOptions from "../../rules/invalid-create-options.js";
import { positionOf } from "../helpers/manifest.js";

const rules = [envNameColon, noHostBinds, moduleName, invalidJson, invalidCreateOptions];
const lint = (text: string, filePath = "deployment.json") => lintText(text, { filePath, ruleSet: rules }).messages;

function generated(createOptions: Record<string, string>, eol = "\n", moduleName = "camera"): string {
  const settings = Object.entries({ image: "contoso.azurecr.io/camera:1.0", ...createOptions })
    .map(([k, v]) => `              ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join("," + eol);
  return [
    "{",
    '  "modulesContent": {',
    '    "$edgeAgent": {',
    '      "properties.desired": {',
    '        "modules": {',
    `          "${moduleName}": {`,
    '            "settings": {',
    settings,
    "            }",
    "          }",
    "        }",
    "      }",
    "    }",
    "  }",
    "}",
    "",
  ].join(eol);
}

describe("positions", () => {
  it("a finding inside a stringified createOptions points at the escaped text", () => {
    const text = generated({ createOptions: JSON.stringify({ HostConfig: { Binds: ["/data:/data"] } }) });
    const [d] = lint(text);
    expect(d!.ruleId).toBe("no-host-binds");
    expect({ line: d!.line, column: d!.column }).toEqual(positionOf(text, '\\"/data:/data\\"'));
    expect(text.slice(d!.offset, d!.endOffset)).toBe('\\"/data:/data\\"');
  });

  it("escapes before the finding (\\\" \\\\ \\u00e9) shift the column by their raw length", () => {
    const raw = '{"Labels":{"k":"caf\\u00e9 \\\\ \\"q\\""},"HostConfig":{"Binds":["/a:/b"]}}';
    const text = generated({}).replace('"image": "contoso.azurecr.io/camera:1.0"', `"image": "x",\n              "createOptions": ${JSON.stringify(raw)}`);
    const [d] = lint(text);
    expect(text.slice(d!.offset, d!.endOffset)).toBe('\\"/a:/b\\"');
    expect({ line: d!.line, column: d!.column }).toEqual(positionOf(text, '\\"/a:/b\\"'));
  });

  it("a finding in the second chunk is reported on that chunk's line and column", () => {
    const full = JSON.stringify({ Env: ["A=1"], HostConfig: { Binds: ["/in:/in"] } });
    const cut = full.indexOf("Binds") - 3;
    const text = generated({ createOptions: full.slice(0, cut), createOptions01: full.slice(cut) });
    const [d] = lint(text);
    expect(d!.ruleId).toBe("no-host-binds");
    const at = positionOf(text, '\\"/in:/in\\"');
    expect({ line: d!.line, column: d!.column }).toEqual(at);
    expect(at.line).toBe(positionOf(text, '"createOptions01"').line);
  });

  it("chunks are read in the numeric order of their suffix, whatever their key order", () => {
    const full = JSON.stringify({ Env: ["Logging:Level=1"] });
    const parts = [full.slice(0, 8), full.slice(8, 16), full.slice(16)];
    const text = generated({ createOptions: parts[0]!, createOptions2: parts[2]!, createOptions1: parts[1]! });
    const [d] = lint(text);
    expect(d!.ruleId).toBe("env-name-colon");
    expect(d!.message).toContain("'Logging:Level'");
  });

  it("a UTF-8 BOM is not a column: line 1 column 1 is the first character after it", () => {
    const text = "\ufeff" + generated({ createOptions: '{"HostConfig":{"Binds":["/x:/y"]}}' });
    const [d] = lint(text);
    const at = positionOf(text.slice(1), '\\"/x:/y\\"');
    expect({ line: d!.line, column: d!.column }).toEqual(at);
  });

  it("CRLF line endings: lines count CRLF once, columns do not include the CR", () => {
    const text = generated({ createOptions: '{"HostConfig":{"Binds":["/x:/y"]}}' }, "\r\n");
    const [d] = lint(text);
    const lf = generated({ createOptions: '{"HostConfig":{"Binds":["/x:/y"]}}' }, "\n");
    expect({ line: d!.line, column: d!.column }).toEqual(positionOf(lf, '\\"/x:/y\\"'));
  });

  it("an end position is exclusive and on the same chunk", () => {
    const text = generated({ createOptions: '{"HostConfig":{"Binds":["/x:/y"]}}' });
    const [d] = lint(text);
    expect(d!.endLine).toBe(d!.line);
    expect(d!.endColumn - d!.column).toBe('\\"/x:/y\\"'.length);
  });

  it("invalid JSON: the position of the first error", () => {
    const text = '{\n  "modulesContent": {\n    "a": 1,\n    "b" 2\n  }\n}\n';
    const [d] = lint(text);
    expect(d).toMatchObject({ ruleId: "invalid-json", line: 4, column: 9 });
    expect(d!.message).toMatch(/expected ':'/);
  });

  it("invalid createOptions: the position inside the string of the first error", () => {
    const text = generated({ createOptions: '{"HostConfig":{"Binds":[],}}' });
    const [d] = lint(text);
    expect(d!.ruleId).toBe("invalid-create-options");
    expect({ line: d!.line, column: d!.column }).toEqual(positionOf(text, ",}}"));
  });

  it("invalid createOptions across chunks points into the chunk that holds the error", () => {
    const text = generated({ createOptions: '{"HostConfig":', createOptions01: '{"Privileged":tru}}' });
    const [d] = lint(text);
    expect(d!.ruleId).toBe("invalid-create-options");
    expect({ line: d!.line, column: d!.column }).toEqual(positionOf(text, "tru}"));
  });

  it("comments are allowed in templates and rejected in generated manifests", () => {
    const text = generated({}).replace('"modules": {', '"modules": { // user modules');
    expect(lint(text, "deployment.template.json").filter((d) => d.ruleId === "invalid-json")).toEqual([]);
    const [d] = lint(text, "deployment.json");
    expect(d).toMatchObject({ ruleId: "invalid-json" });
    expect({ line: d!.line, column: d!.column }).toEqual(positionOf(text, "// user"));
  });

  it("a module name key is reported at its key, tabs count one column", () => {
    const text = generated({}, "\n", "CameraModule").replace(/^ {10}"CameraModule"/m, '\t\t"CameraModule"');
    const [d] = lint(text);
    expect(d).toMatchObject({ ruleId: "module-name", column: 3 });
  });
});
