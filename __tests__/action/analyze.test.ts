import { describe, expect, it } from "vitest";
import { analyze, lineReplacement, siblingPath, valueAt } from "../../src/action/analyze.js";
import { emptyConfig, parseConfig } from "../../src/action/library.js";
import { readManifest } from "../../src/index.js";

describe("lineReplacement", () => {
  const text = "{\n  \"a\": [\n    1\n  ],\n  \"b\": 2\n}\n";
  it("widens an edit to whole lines and covers the finding's lines", () => {
    const start = text.indexOf('"a"');
    const end = text.indexOf("]") + 1;
    expect(lineReplacement(text, { start, end, text: '"c": []' }, 3, 3, "fix")).toEqual({ startLine: 2, endLine: 4, text: '  "c": [],', kind: "fix" });
  });
  it("keeps the rest of the finding's lines when the edit is smaller", () => {
    const start = text.indexOf("2");
    expect(lineReplacement(text, { start, end: start + 1, text: "3" }, 4, 5, "suggestion")).toEqual({ startLine: 4, endLine: 5, text: '  ],\n  "b": 3', kind: "suggestion" });
  });
  it("writes CRLF files' suggestions with LF", () => {
    const crlf = text.replace(/\n/g, "\r\n");
    const start = crlf.indexOf("2");
    expect(lineReplacement(crlf, { start, end: start + 1, text: "3" }, 5, 5, "fix")!.text).toBe('  "b": 3');
  });
  it("applies a fix given as several text edits inside the suggested lines", () => {
    const one = text.indexOf("1");
    const two = text.indexOf("2");
    const edits = [
      { start: one, end: one + 1, text: "10" },
      { start: two, end: two + 1, text: "20" },
    ];
    expect(lineReplacement(text, edits, 3, 3, "fix")).toEqual({ startLine: 3, endLine: 5, text: '    10\n  ],\n  "b": 20', kind: "fix" });
  });
  it("gives no suggestion when the edits are spread over more lines than a suggestion may replace", () => {
    const long = "{\n" + Array.from({ length: 100 }, (_, i) => `  "k${i}": ${i},`).join("\n") + '\n  "z": 0\n}\n';
    const a = long.indexOf('"k0"');
    const z = long.indexOf('"z"');
    expect(lineReplacement(long, [{ start: a, end: a + 4, text: '"K0"' }, { start: z, end: z + 3, text: '"Z"' }], 2, 2, "fix")).toBeUndefined();
  });
});

describe("siblingPath", () => {
  it("keeps templates recognisable as templates", () => {
    expect(siblingPath("a/deployment.template.json")).toBe("a/deployment.gpu.template.json");
    expect(siblingPath("a/deployment.json")).toBe("a/deployment.gpu.json");
  });
});

describe("valueAt", () => {
  it("follows a pointer through a stringified createOptions", () => {
    const m = {
      modulesContent: {
        $edgeAgent: {
          "properties.desired": {
            schemaVersion: "1.1",
            runtime: { type: "docker", settings: {} },
            systemModules: { edgeAgent: { type: "docker", settings: { image: "a" } }, edgeHub: { type: "docker", settings: { image: "b" } } },
            modules: { cam: { type: "docker", settings: { image: "c", createOptions: JSON.stringify({ HostConfig: { Binds: ["/x:/y"] } }) } } },
          },
        },
        $edgeHub: { "properties.desired": { schemaVersion: "1.1", routes: {} } },
      },
    };
    const read = readManifest("deployment.json", JSON.stringify(m, null, 2));
    expect(read.kind).toBe("manifest");
    if (read.kind !== "manifest") return;
    expect(valueAt(read.manifest, "/modulesContent/$edgeAgent/properties.desired/modules/cam/settings/createOptions/HostConfig/Binds/0")).toBe("/x:/y");
    expect(valueAt(read.manifest, "/modulesContent/$edgeAgent/properties.desired/schemaVersion")).toBe("1.1");
  });
});

describe("analyze", () => {
  it("skips JSON files that are not manifests", () => {
    const a = analyze([{ path: "package.json", text: '{"name": "x"}' }], emptyConfig(), { reportNew: false, fix: false, fixOutput: "in-place" });
    expect(a.files).toEqual([]);
    expect(a.findings).toEqual([]);
  });

  it("applies the configuration's suppressions and keeps suppressed findings out", () => {
    const text = JSON.stringify(
      {
        modulesContent: {
          $edgeAgent: {
            "properties.desired": {
              schemaVersion: "1.1",
              runtime: { type: "docker", settings: {} },
              systemModules: { edgeAgent: { type: "docker", settings: { image: "a" } }, edgeHub: { type: "docker", settings: { image: "b" } } },
              modules: { cam: { type: "docker", settings: { image: "c", createOptions: { HostConfig: { Binds: ["/x:/y"] } } } } },
            },
          },
          $edgeHub: { "properties.desired": { schemaVersion: "1.1", routes: {} } },
        },
      },
      null,
      2,
    );
    const files = [{ path: "d/deployment.template.json", text }];
    const before = analyze(files, emptyConfig(), { reportNew: false, fix: true, fixOutput: "in-place" });
    expect(before.findings.filter((f) => f.ruleId === "no-host-binds")).toHaveLength(1);
    expect(before.fixes.map((f) => [f.path, f.rules.includes("no-host-binds")])).toEqual([["d/deployment.template.json", true]]);
    const config = parseConfig("suppressions:\n  - files: 'd/**'\n    rule: no-host-binds\n    reason: camera keeps its host path until the GPU move\n", ".iotedge-gpu-lint.yml");
    const after = analyze(files, config, { reportNew: false, fix: false, fixOutput: "in-place" });
    expect(after.findings.filter((f) => f.ruleId === "no-host-binds")).toHaveLength(0);
  });
});
