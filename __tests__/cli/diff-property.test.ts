/** unifiedDiff is a real diff: `patch` applied to the old text with it gives the new text. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { expect, it } from "vitest";
import { unifiedDiff } from "../../src/cli/diff.js";

const lines = fc.array(fc.constantFrom("a", "b", "c", "{", "}", '  "x": 1,', ""), { maxLength: 40 });
const text = lines.map((l) => (l.length === 0 ? "" : l.join("\n") + "\n"));

it("patch(old, unifiedDiff(old, new)) is new", () => {
  const dir = mkdtempSync(join(tmpdir(), "diff-prop-"));
  fc.assert(
    fc.property(text, text, (a, b) => {
      const diff = unifiedDiff(a, b, "f.json");
      if (a === b) {
        expect(diff).toBe("");
        return;
      }
      writeFileSync(join(dir, "f.json"), a);
      writeFileSync(join(dir, "d.patch"), diff);
      execFileSync("patch", ["-s", "-p1", "-i", "d.patch"], { cwd: dir });
      expect(readFileSync(join(dir, "f.json"), "utf8")).toBe(b);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
  );
});
