import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/action/findings.js";
import { readiness, readinessLabel, summaryMarkdown } from "../../src/action/summary.js";

function f(over: Partial<Finding>): Finding {
  return { path: "a.json", ruleId: "r", severity: "error", message: "m", line: 1, column: 1, endLine: 1, endColumn: 2, fingerprint: "0".repeat(16), docs: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/main/rules/r.md", fixable: false, hasSuggestion: false, ...over };
}

describe("readiness", () => {
  it("is ready without findings, needs a code change when an error or warning has no fix and no suggestion", () => {
    expect(readiness([])).toBe("ready");
    expect(readiness([f({ fixable: true }), f({ severity: "error" })])).toBe("code change");
    expect(readiness([f({ severity: "warning" })])).toBe("code change");
    expect(readiness([f({ fixable: true }), f({ severity: "info" })])).toBe("findings");
    expect(readiness([f({ hasSuggestion: true }), f({ severity: "warning", fixable: true })])).toBe("findings");
    expect(readinessLabel([f({ fixable: true }), f({ severity: "info" })])).toBe("🔧 2 findings");
    expect(readinessLabel([f({ severity: "error" })])).toBe("⛔ needs a code change");
    expect(readinessLabel([])).toBe("✅ ready");
  });
});

describe("summaryMarkdown", () => {
  it("lists every module of every manifest, including modules without findings", () => {
    const md = summaryMarkdown({ findings: [f({ module: "cam", fixable: true })], files: [{ path: "a.json", errors: 1, warnings: 0, infos: 0, fixable: 1, modules: ["cam", "ok"] }], notes: [] });
    expect(md).toContain("| `a.json` | `cam` | `kubernetes` | 🔧 1 finding | 1 | `r` |");
    expect(md).toContain("| `a.json` | `ok` | `kubernetes` | ✅ ready | 0 |  |");
    expect(md).toContain("| [`r`](https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/main/rules/r.md) | error | 1 | 1 |");
  });

  it("has one readiness row per module and target when the run has two targets", () => {
    const findings = [f({ module: "cam", fixable: true, target: "kubernetes" }), f({ module: "cam", target: "vm" }), f({ module: "cam", target: "vm", severity: "info" })];
    const md = summaryMarkdown({ findings, files: [{ path: "a.json", errors: 2, warnings: 0, infos: 1, fixable: 1, modules: ["cam", "ok"] }], notes: [], targets: ["kubernetes", "vm"] });
    expect(md.startsWith("## iotedge-gpu-lint: GPU (Kubernetes) and IoT Edge 1.6 VM migration readiness\n")).toBe(true);
    const rows = md.split("\n").filter((l) => l.startsWith("| `a.json`"));
    expect(rows).toEqual([
      "| `a.json` | `cam` | `kubernetes` | 🔧 1 finding | 1 | `r` |",
      "| `a.json` | `cam` | `vm` | ⛔ needs a code change | 2 | `r` |",
      "| `a.json` | `ok` | `kubernetes` | ✅ ready | 0 |  |",
      "| `a.json` | `ok` | `vm` | ✅ ready | 0 |  |",
    ]);
  });

  it("stays under the budget and says how much it left out", () => {
    const files = Array.from({ length: 3000 }, (_, i) => ({ path: `dir/manifest-${i}.json`, errors: 0, warnings: 0, infos: 0, fixable: 0, modules: ["a", "b", "c"] }));
    const md = summaryMarkdown({ findings: [], files, notes: [] }, 50_000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(50_000);
    expect(md).toMatch(/\d+ more row\(s\) omitted to stay under the 1 MiB summary limit/);
  });

  it("escapes table-breaking characters in messages", () => {
    const md = summaryMarkdown({ findings: [f({ message: "a|b\n<x>" })], files: [], notes: [], unplaced: [f({ message: "a|b\n<x>" })] });
    expect(md).toContain("- `a.json`:1 [`r`](https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/main/rules/r.md) (error): a|b &lt;x&gt;\n");
  });
});
