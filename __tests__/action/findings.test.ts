import { describe, expect, it } from "vitest";
import { FINDINGS_VERSION, parseFindings, type FindingsFile } from "../../src/action/findings.js";

const good: FindingsFile = {
  version: FINDINGS_VERSION,
  tool: "iotedge-gpu-lint",
  repository: "contoso/edge",
  pullRequest: { number: 7, headSha: "a".repeat(40), headRef: "feature", headRepo: "mallory/edge", baseSha: "b".repeat(40), baseRef: "main", baseRepo: "contoso/edge" },
  findings: [
    {
      path: "deploy/deployment.json",
      ruleId: "no-host-binds",
      severity: "error",
      message: "m",
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      fingerprint: "0123456789abcdef",
      docs: "https://example.test/x.md",
      fixable: true,
      hasSuggestion: false,
    },
  ],
  files: [{ path: "deploy/deployment.json", errors: 1, warnings: 0, infos: 0, fixable: 1, modules: ["camera"] }],
  fixes: [],
  present: ["0123456789abcdef"],
};

describe("parseFindings (untrusted split-mode data)", () => {
  it("accepts a file the report mode writes", () => {
    expect(parseFindings(JSON.stringify(good))).toEqual(good);
  });

  it.each([
    ["an unknown top-level field", { ...good, extra: 1 }],
    ["another version", { ...good, version: 2 }],
    ["a path that climbs out", { ...good, files: [{ ...good.files[0]!, path: "a/../../x.json" }] }],
    ["an absolute path", { ...good, files: [{ ...good.files[0]!, path: "/etc/passwd" }] }],
    ["a docs link that is not https", { ...good, findings: [{ ...good.findings[0]!, docs: "javascript:alert(1)" }] }],
    ["a ref with shell characters", { ...good, pullRequest: { ...good.pullRequest!, headRef: "x;rm -rf" } }],
    ["an over-long message", { ...good, findings: [{ ...good.findings[0]!, message: "x".repeat(5000) }] }],
    ["a bad fingerprint", { ...good, present: ["<script>"] }],
  ])("rejects %s", (_name, data) => {
    expect(() => parseFindings(JSON.stringify(data))).toThrow(/findings file rejected/);
  });

  it("rejects text that is not JSON", () => {
    expect(() => parseFindings("{")).toThrow(/not JSON/);
  });
});
