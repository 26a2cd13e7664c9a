import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getFormatter, lintFilesDetailed, ruleRegistry } from "../../src/index.js";
import { MANIFEST } from "./fixtures.js";

describe("keepEdits: false (the CLI) drops the JSON edits once a file's findings are built", () => {
  it("keeps every finding, its fix text and the fixable counts; only the edits (which hold the model) go", async () => {
    const dir = mkdtempSync(join(tmpdir(), "keep-edits-"));
    writeFileSync(join(dir, "deployment.json"), MANIFEST);
    const kept = await lintFilesDetailed(["deployment.json"], { cwd: dir });
    const dropped = await lintFilesDetailed(["deployment.json"], { cwd: dir, keepEdits: false });
    const [a, b] = [kept.results[0]!, dropped.results[0]!];
    expect(b.fixableCount).toBe(a.fixableCount);
    expect(a.fixableCount).toBeGreaterThan(0);
    expect(b.messages.map((m) => [m.ruleId, m.line, m.column, m.fingerprint, m.fix, m.fixEdits])).toEqual(a.messages.map((m) => [m.ruleId, m.line, m.column, m.fingerprint, m.fix, m.fixEdits]));
    for (const [i, m] of b.messages.entries()) {
      expect(m.edits === undefined).toBe(a.messages[i]!.edits === undefined);
      if (m.edits !== undefined) expect(m.edits).toEqual([]);
      for (const s of m.suggestions ?? []) expect(s.edits).toEqual([]);
    }
    const ctx = { cwd: dir, rules: ruleRegistry().all };
    for (const format of ["json", "sarif", "stylish"] as const) expect(getFormatter(format)!(dropped.results, ctx)).toBe(getFormatter(format)!(kept.results, ctx));
  });
});
