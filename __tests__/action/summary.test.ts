import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/action/findings.js";
import { readiness, summaryMarkdown } from "../../src/action/summary.js";

function f(over: Partial<Finding>): Finding {
  return { path: "a.json", ruleId: "r", severity: "error", message: "m", line: 1, column: 1, endLine: 1, endColumn: 2, fingerprint: "0".repeat(16), docs: "https://x.test/r.md", fixable: false, hasSuggestion: false, ...over };
}

describe("readiness", () => {
  it("is blocked by an unfixable error, auto-fixable when every problem has a fix", () => {
    expect(readiness([])).toBe("ready");
    expect(readiness([f({ fixable: true }), f({ severity: "error" })])).toBe("blocked");
    expect(readiness([f({ fixable: true }), f({ severity: "info" })])).toBe("auto-fixable");
    expect(readiness([f({ severity: "warning" })])).toBe("needs review");
  });
});

describe("summaryMarkdown", () => {
  it("lists every module of every manifest, including modules without findings", () => {
    const md = summaryMarkdown({ findings: [f({ module: "cam", fixable: true })], files: [{ path: "a.json", errors: 1, warnings: 0, infos: 0, fixable: 1, modules: ["cam", "ok"] }], notes: [] });
    expect(md).toContain("| `a.json` | `cam` | 🔧 auto-fixable | 1 | `r` |");
    expect(md).toContain("| `a.json` | `ok` | ✅ ready | 0 |  |");
    expect(md).toContain("| [`r`](https://x.test/r.md) | error | 1 | 1 |");
  });

  it("stays under the budget and says how much it left out", () => {
    const files = Array.from({ length: 3000 }, (_, i) => ({ path: `dir/manifest-${i}.json`, errors: 0, warnings: 0, infos: 0, fixable: 0, modules: ["a", "b", "c"] }));
    const md = summaryMarkdown({ findings: [], files, notes: [] }, 50_000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(50_000);
    expect(md).toMatch(/\d+ more row\(s\) omitted to stay under the 1 MiB summary limit/);
  });

  it("escapes table-breaking characters in messages", () => {
    const md = summaryMarkdown({ findings: [f({ message: "a|b\n<x>" })], files: [], notes: [], unplaced: [f({ message: "a|b\n<x>" })] });
    expect(md).toContain("a\\|b &lt;x>");
  });
});
