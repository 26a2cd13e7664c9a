import { afterEach, describe, expect, it, vi } from "vitest";
import { annotate } from "../../src/action/annotations.js";
import type { Finding } from "../../src/action/findings.js";

function f(i: number, severity: Finding["severity"]): Finding {
  return { path: `m${i}.json`, ruleId: "r", severity, message: `m${i}`, line: i + 1, column: 3, endLine: i + 1, endColumn: 7, fingerprint: "0".repeat(16), docs: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/main/rules/r.md", fixable: false, hasSuggestion: false };
}

function capture(): { lines: () => string[] } {
  const out: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  return { lines: () => out.join("").split("\n").filter((l) => l.startsWith("::")) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("annotate", () => {
  it("writes one workflow command per finding with the exact position", () => {
    const c = capture();
    const r = annotate([f(4, "error")]);
    expect(r).toEqual({ shown: 1, omitted: 0 });
    expect(c.lines()).toEqual(["::error title=iotedge-gpu-lint%3A r,file=m4.json,line=5,endLine=5,col=3,endColumn=7::m4 (https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/main/rules/r.md)"]);
  });

  it("shows messages on one line, drops links that are not this project's rule pages and names the target when asked", () => {
    const c = capture();
    annotate([{ ...f(0, "warning"), message: "a\r::warning::pwned\nb", docs: "https://evil.test/r.md", target: "vm" }], 0, true);
    expect(c.lines()).toEqual(["::warning title=iotedge-gpu-lint%3A r (vm),file=m0.json,line=1,endLine=1,col=3,endColumn=7::a ::warning::pwned b"]);
  });

  it("keeps within 10 per level, errors first, and says how many it left out", () => {
    const c = capture();
    const findings = [...Array.from({ length: 12 }, (_, i) => f(i, "info")), ...Array.from({ length: 15 }, (_, i) => f(i, "warning")), ...Array.from({ length: 11 }, (_, i) => f(i, "error"))];
    const r = annotate(findings, 1);
    const lines = c.lines();
    expect(lines.filter((l) => l.startsWith("::error ")).length).toBe(10);
    expect(lines.filter((l) => l.startsWith("::warning ")).length).toBe(10);
    // 10 notices per step: 1 reserved for the caller, 1 for "omitted", 8 for findings
    expect(lines.filter((l) => l.startsWith("::notice ")).length).toBe(8);
    expect(r).toEqual({ shown: 28, omitted: 10 });
    expect(lines[0]).toMatch(/^::error /);
    expect(lines.at(-1)).toBe("::notice::iotedge-gpu-lint: 10 more finding(s) not annotated (GitHub shows 10 per level per step); see the job summary.");
  });
});
