import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/action/findings.js";
import { findingBody, planReview } from "../../src/action/review.js";
import type { ChangedFile } from "../../src/action/sources.js";

function finding(over: Partial<Finding>): Finding {
  return {
    path: "a.json",
    ruleId: "no-host-binds",
    severity: "error",
    message: "module 'm': bad",
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    fingerprint: "0123456789abcdef",
    docs: "https://example.test/rules/no-host-binds.md",
    fixable: false,
    hasSuggestion: false,
    ...over,
  };
}

const changed = new Map<string, ChangedFile>([
  ["a.json", { filename: "a.json", status: "modified", patch: "@@ -1,2 +1,6 @@\n x\n+a\n+b\n+c\n+d\n x\n@@ -20,1 +24,2 @@\n y\n+z" }],
  ["big.json", { filename: "big.json", status: "modified" }],
]);

describe("planReview", () => {
  it("comments inline on the finding's line", () => {
    const p = planReview([finding({})], changed, new Set());
    expect(p.inline).toEqual([{ path: "a.json", line: 3, side: "RIGHT", body: expect.stringContaining("<!-- iotedge-gpu-lint:0123456789abcdef -->") }]);
  });

  it("spans start_line..line for a replacement inside one hunk and adds the suggestion", () => {
    const f = finding({ line: 3, endLine: 3, replacement: { startLine: 2, endLine: 4, text: "A\nB\nC", kind: "fix" } });
    const p = planReview([f], changed, new Set());
    expect(p.inline[0]).toMatchObject({ start_line: 2, start_side: "RIGHT", line: 4 });
    expect(p.inline[0]!.body).toContain("```suggestion\nA\nB\nC\n```");
  });

  it("drops the suggestion (not the comment) when the replacement leaves the hunk", () => {
    const f = finding({ line: 5, endLine: 5, replacement: { startLine: 5, endLine: 7, text: "q", kind: "fix" } });
    const p = planReview([f], changed, new Set());
    expect(p.inline[0]).toMatchObject({ line: 5 });
    expect(p.inline[0]!.start_line).toBeUndefined();
    expect(p.inline[0]!.body).not.toContain("```suggestion");
  });

  it("gives one suggestion per line: a second overlapping one is a plain comment", () => {
    const a = finding({ fingerprint: "aaaaaaaaaaaaaaaa", replacement: { startLine: 2, endLine: 4, text: "A", kind: "fix" } });
    const b = finding({ fingerprint: "bbbbbbbbbbbbbbbb", line: 4, endLine: 4, replacement: { startLine: 4, endLine: 4, text: "B", kind: "suggestion" } });
    const p = planReview([a, b], changed, new Set());
    expect(p.inline.map((c) => c.body.includes("```suggestion"))).toEqual([true, false]);
    expect(p.inline[1]).toMatchObject({ line: 4 });
  });

  it("uses a file-level comment for lines outside the diff or a file without a patch, the summary for files not in the diff", () => {
    const p = planReview(
      [finding({ fingerprint: "1111111111111111", line: 15, endLine: 15 }), finding({ fingerprint: "2222222222222222", path: "big.json" }), finding({ fingerprint: "3333333333333333", path: "other.json" })],
      changed,
      new Set(),
    );
    expect(p.inline).toEqual([]);
    expect([...p.fileLevel.keys()]).toEqual(["a.json", "big.json"]);
    expect(p.unplaced.map((f) => f.path)).toEqual(["other.json"]);
  });

  it("skips findings already commented and caps the comments, errors first", () => {
    const many = Array.from({ length: 5 }, (_, i) => finding({ fingerprint: `${i}`.repeat(16), severity: i === 4 ? "error" : "info", line: 2 + (i % 4) }));
    const p = planReview(many, changed, new Set(["0000000000000000"]), 2);
    expect(p.already.map((f) => f.fingerprint)).toEqual(["0000000000000000"]);
    expect(p.inline).toHaveLength(2);
    expect(p.inline[0]!.body).toContain("4444444444444444");
    expect(p.unplaced).toHaveLength(2);
  });

  it("fences a suggestion that itself contains backticks", () => {
    const body = findingBody(finding({ replacement: { startLine: 3, endLine: 3, text: "```", kind: "suggestion" } }), true);
    expect(body).toContain("````suggestion\n```\n````");
  });
});
