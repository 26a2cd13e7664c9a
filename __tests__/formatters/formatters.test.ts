import { describe, expect, it } from "vitest";
import type { Diagnostic, FileResult, Rule } from "../../src/index.js";
import { summarize } from "../../src/engine/lint.js";
import { escapeData, escapeProperty, format as github } from "../../src/formatters/github.js";
import { getFormatter } from "../../src/formatters/index.js";
import { format as json } from "../../src/formatters/json.js";
import { format as sarif } from "../../src/formatters/sarif.js";
import { format as stylish } from "../../src/formatters/stylish.js";

const rule = (id: string, severity: Rule["meta"]["severity"], repair: Rule["meta"]["repair"] = "none"): Rule => ({
  meta: { id, severity, facts: ["F1", "§1.3"], description: `${id} description`, repair, targets: ["kubernetes"] },
  create: () => ({}),
});
const RULES = [rule("no-host-binds", "error", "fix"), rule("env-name-colon", "error", "fix"), rule("host-network", "info")];

function diag(p: Partial<Diagnostic> & Pick<Diagnostic, "ruleId" | "severity" | "message" | "line" | "column">): Diagnostic {
  return { endLine: p.line, endColumn: p.column + 4, offset: 10, endOffset: 14, pointer: "/x", fingerprint: `fp-${p.ruleId}-${p.line}`, docs: `https://docs/${p.ruleId}.md`, ...p };
}

const CWD = "/ws";
const binds = diag({
  ruleId: "no-host-binds",
  severity: "error",
  message: "module 'camera': Binds, use Mounts",
  line: 12,
  column: 5,
  endLine: 12,
  endColumn: 20,
  offset: 300,
  endOffset: 315,
  module: "camera",
  edits: [],
  fix: { start: 300, end: 315, text: '"Mounts"' },
});
const colon = diag({ ruleId: "env-name-colon", severity: "warning", message: "module 'camera': env name 'A:B' has ':'", line: 3, column: 17, module: "camera" });
const hostNet = diag({
  ruleId: "host-network",
  severity: "info",
  message: "module 'cam': host network",
  line: 101,
  column: 1,
  suggestions: [{ message: "use IpcMode host", edits: [], fix: { start: 5, end: 5, text: "x" } }],
});
const suppressed = diag({ ruleId: "no-host-binds", severity: "error", message: "suppressed one", line: 7, column: 9, suppressed: { reason: "vendor, 50%", expires: "2030-01-01" } });

const results: FileResult[] = [
  summarize("/ws/deploy/a b.json", [colon, binds, hostNet, suppressed]),
  summarize("/ws/clean.json", []),
  summarize("/ws/package.json", [], { skipped: true }),
];
const ctx = { cwd: CWD, rules: RULES };

describe("stylish", () => {
  it("prints aligned rows, the totals and the fixable count", () => {
    expect(stylish(results, ctx)).toBe(
      [
        "",
        "deploy/a b.json",
        "  3:17   warning  module 'camera': env name 'A:B' has ':'  env-name-colon",
        "  12:5   error    module 'camera': Binds, use Mounts       no-host-binds",
        "  101:1  info     module 'cam': host network               host-network",
        "",
        "✖ 3 problems (1 error, 1 warning, 1 info)",
        "  1 fixable with --fix",
        "",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing for clean results, and plural forms", () => {
    expect(stylish([summarize("/ws/a.json", [])], ctx)).toBe("");
    const two = summarize("/ws/a.json", [colon, { ...colon, line: 4 }]);
    expect(stylish([two], ctx)).toContain("✖ 2 problems (0 errors, 2 warnings, 0 infos)\n");
    expect(stylish([two], ctx)).not.toContain("fixable");
  });

  it("colours only when asked", () => {
    expect(stylish(results, ctx)).not.toContain("\u001b[");
    const coloured = stylish(results, { ...ctx, color: true });
    expect(coloured).toContain("\u001b[31merror\u001b[0m");
    expect(coloured).toContain("\u001b[4mdeploy/a b.json\u001b[0m");
  });
});

describe("json", () => {
  it("one entry per linted file with positions, module, fingerprint, fix and suggestions", () => {
    const out = JSON.parse(json(results, ctx));
    expect(out.map((r: { filePath: string }) => r.filePath)).toEqual(["/ws/deploy/a b.json", "/ws/clean.json"]);
    expect(out[0]).toMatchObject({ errorCount: 1, warningCount: 1, infoCount: 1, fixableCount: 1 });
    expect(out[0].messages[1]).toEqual({
      ruleId: "no-host-binds",
      severity: "error",
      message: "module 'camera': Binds, use Mounts",
      line: 12,
      column: 5,
      endLine: 12,
      endColumn: 20,
      module: "camera",
      fingerprint: "fp-no-host-binds-12",
      fix: { range: [300, 315], text: '"Mounts"' },
    });
    expect(out[0].messages[2]).toMatchObject({ module: null, suggestions: [{ desc: "use IpcMode host", fix: { range: [5, 5], text: "x" } }] });
    expect(out[0].messages[3].suppressed).toEqual({ reason: "vendor, 50%", expires: "2030-01-01" });
    expect(out[1]).toEqual({ filePath: "/ws/clean.json", messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 });
  });
});

describe("sarif", () => {
  const log = JSON.parse(sarif(results, ctx));
  const run = log.runs[0];

  it("is a SARIF 2.1.0 log with the rule table", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver).toMatchObject({ name: "iotedge-gpu-lint", version: "1.0.0", informationUri: expect.stringMatching(/^https:\/\//) });
    expect(run.tool.driver.rules[0]).toEqual({
      id: "no-host-binds",
      shortDescription: { text: "no-host-binds description" },
      helpUri: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/v1.0.0/rules/no-host-binds.md",
      defaultConfiguration: { level: "error" },
      properties: { facts: ["F1", "§1.3"], repair: "fix" },
    });
    expect(run.tool.driver.rules[2].defaultConfiguration.level).toBe("note");
  });

  it("results: rule index, level, relative URI, region, fingerprint, fixes, suppressions", () => {
    expect(run.results).toHaveLength(4);
    const [w, e, i, s] = run.results;
    expect(w).toMatchObject({ ruleId: "env-name-colon", ruleIndex: 1, level: "warning" });
    expect(i).toMatchObject({ ruleId: "host-network", ruleIndex: 2, level: "note" });
    expect(e).toEqual({
      ruleId: "no-host-binds",
      ruleIndex: 0,
      level: "error",
      message: { text: "module 'camera': Binds, use Mounts" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "deploy/a%20b.json", uriBaseId: "%SRCROOT%" },
            region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 20 },
          },
        },
      ],
      partialFingerprints: { "iotedgeGpuLint/v1": "fp-no-host-binds-12" },
      properties: { module: "camera", pointer: "/x" },
      fixes: [
        {
          description: { text: "Fix: no-host-binds" },
          artifactChanges: [
            {
              artifactLocation: { uri: "deploy/a%20b.json", uriBaseId: "%SRCROOT%" },
              replacements: [{ deletedRegion: { charOffset: 300, charLength: 15 }, insertedContent: { text: '"Mounts"' } }],
            },
          ],
        },
      ],
    });
    expect(i.fixes[0].description.text).toBe("use IpcMode host");
    expect(s.suppressions).toEqual([{ kind: "external", justification: "vendor, 50% (until 2030-01-01)" }]);
    expect(w.suppressions).toBeUndefined();
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///ws/");
  });

  it("a rule missing from the context still gets a descriptor", () => {
    const other = JSON.parse(sarif([summarize("/ws/a.json", [diag({ ruleId: "custom-x", severity: "warning", message: "m", line: 1, column: 1 })])], ctx));
    expect(other.runs[0].tool.driver.rules[3]).toMatchObject({ id: "custom-x", defaultConfiguration: { level: "warning" } });
    expect(other.runs[0].results[0].ruleIndex).toBe(3);
  });
});

describe("github", () => {
  it("one workflow command per unsuppressed finding", () => {
    expect(github(results, ctx)).toBe(
      [
        "::warning file=deploy/a b.json,line=3,col=17,endLine=3,endColumn=21,title=env-name-colon::module 'camera': env name 'A:B' has ':'",
        "::error file=deploy/a b.json,line=12,col=5,endLine=12,endColumn=20,title=no-host-binds::module 'camera': Binds, use Mounts",
        "::notice file=deploy/a b.json,line=101,col=1,endLine=101,endColumn=5,title=host-network::module 'cam': host network",
        "",
      ].join("\n"),
    );
  });

  it("escapes properties and data", () => {
    expect(escapeProperty("a:b,c%d\r\ne")).toBe("a%3Ab%2Cc%25d%0D%0Ae");
    expect(escapeData("a:b,c%d\r\ne")).toBe("a:b,c%25d%0D%0Ae");
    const odd = summarize("/ws/x,y:z.json", [diag({ ruleId: "r", severity: "error", message: "50% of\nlines", line: 1, column: 1 })]);
    expect(github([odd], ctx)).toBe("::error file=x%2Cy%3Az.json,line=1,col=1,endLine=1,endColumn=5,title=r::50%25 of%0Alines\n");
  });
});

describe("getFormatter", () => {
  it("by name", () => {
    expect(getFormatter("json")).toBe(json);
    expect(getFormatter("toString")).toBeUndefined();
    expect(getFormatter("nope")).toBeUndefined();
  });
});

describe("several targets", () => {
  const vmRule: Rule = { meta: { id: "proxy-upstream-protocol", severity: "warning", facts: ["F20"], description: "d", repair: "fix", targets: ["kubernetes", "vm"] }, create: () => ({}) };
  const both = [...RULES, vmRule];
  const k8sBinds = { ...binds, target: "kubernetes" as const };
  const proxyK = diag({ ruleId: "proxy-upstream-protocol", severity: "warning", message: "module 'edgeAgent': set UpstreamProtocol", line: 29, column: 15, target: "kubernetes", fingerprint: "fp-k" });
  const proxyV = { ...proxyK, target: "vm" as const, fingerprint: "fp-v" };
  const perTarget: FileResult[] = [
    { ...summarize("/ws/deployment.json", [proxyK, k8sBinds]), target: "kubernetes" },
    { ...summarize("/ws/deployment.json", [proxyV]), target: "vm" },
  ];
  const ctx2 = { cwd: CWD, rules: both, targets: ["kubernetes", "vm"] as const };

  it("stylish: one header per file, each message tagged with its target, a summary line per target; rows keep `line:col severity message rule-id`", () => {
    expect(stylish(perTarget, ctx2)).toBe(
      [
        "",
        "deployment.json",
        "  29:15  warning  [kubernetes] module 'edgeAgent': set UpstreamProtocol  proxy-upstream-protocol",
        "  12:5   error    [kubernetes] module 'camera': Binds, use Mounts        no-host-binds",
        "  29:15  warning  [vm] module 'edgeAgent': set UpstreamProtocol          proxy-upstream-protocol",
        "",
        "✖ 3 problems (1 error, 2 warnings, 0 infos)",
        "  kubernetes: 2 problems (1 error, 1 warning, 0 infos)",
        "  vm: 1 problem (0 errors, 1 warning, 0 infos)",
        "  1 fixable: write a fixed copy per target with --gpu-out and --vm-out",
        "",
        "",
      ].join("\n"),
    );
    // one target (even vm alone): no tags, today's output
    const vmOnly = stylish([perTarget[1]!], { cwd: CWD, rules: both, targets: ["vm"] });
    expect(vmOnly).toContain("  29:15  warning  module 'edgeAgent': set UpstreamProtocol  proxy-upstream-protocol\n");
    expect(vmOnly).not.toContain("[vm]");
  });

  it("stylish and github infer the targets from the results when the context does not name them", () => {
    expect(stylish(perTarget, { cwd: CWD, rules: both })).toContain("[vm] module 'edgeAgent'");
    expect(github(perTarget, { cwd: CWD, rules: both }).split("\n")[2]).toBe(
      "::warning file=deployment.json,line=29,col=15,endLine=29,endColumn=19,title=proxy-upstream-protocol [vm]::module 'edgeAgent': set UpstreamProtocol",
    );
    expect(github([perTarget[1]!], { cwd: CWD, rules: both, targets: ["vm"] })).toBe(
      "::warning file=deployment.json,line=29,col=15,endLine=29,endColumn=19,title=proxy-upstream-protocol::module 'edgeAgent': set UpstreamProtocol\n",
    );
  });

  it("json: an entry per file and target; each finding names its target", () => {
    const out = JSON.parse(json(perTarget, ctx2));
    expect(out.map((e: { filePath: string; target: string }) => [e.filePath, e.target])).toEqual([
      ["/ws/deployment.json", "kubernetes"],
      ["/ws/deployment.json", "vm"],
    ]);
    expect(out[1].messages).toEqual([
      { ruleId: "proxy-upstream-protocol", severity: "warning", message: "module 'edgeAgent': set UpstreamProtocol", line: 29, column: 15, endLine: 29, endColumn: 19, module: null, target: "vm", fingerprint: "fp-v" },
    ]);
  });

  it("sarif: a run per target with its automationDetails id, its rules and its results", () => {
    const log = JSON.parse(sarif(perTarget, ctx2));
    expect(log.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual(["iotedge-gpu-lint/kubernetes/", "iotedge-gpu-lint/vm/"]);
    const [k, v] = log.runs;
    expect(k.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["no-host-binds", "env-name-colon", "host-network", "proxy-upstream-protocol"]);
    expect(v.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["proxy-upstream-protocol"]);
    expect(k.results.map((r: { ruleId: string; ruleIndex: number }) => [r.ruleId, r.ruleIndex])).toEqual([
      ["proxy-upstream-protocol", 3],
      ["no-host-binds", 0],
    ]);
    expect(v.results.map((r: { ruleId: string; ruleIndex: number; partialFingerprints: object }) => [r.ruleId, r.ruleIndex, r.partialFingerprints])).toEqual([
      ["proxy-upstream-protocol", 0, { "iotedgeGpuLint/v1": "fp-v" }],
    ]);
    // a run per asked target even when it found nothing: code scanning then closes that target's alerts
    const clean = JSON.parse(sarif([{ ...summarize("/ws/a.json", []), target: "vm" }], { cwd: CWD, rules: both, targets: ["kubernetes", "vm"] }));
    expect(clean.runs.map((r: { automationDetails: { id: string }; results: unknown[] }) => [r.automationDetails.id, r.results.length])).toEqual([
      ["iotedge-gpu-lint/kubernetes/", 0],
      ["iotedge-gpu-lint/vm/", 0],
    ]);
    // the vm target alone is its own category too; kubernetes alone is today's single run
    expect(JSON.parse(sarif([perTarget[1]!], { cwd: CWD, rules: both, targets: ["vm"] })).runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual(["iotedge-gpu-lint/vm/"]);
    expect(JSON.parse(sarif(results, ctx)).runs[0]).not.toHaveProperty("automationDetails");
  });
});
