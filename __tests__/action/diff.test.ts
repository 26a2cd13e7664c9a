import { describe, expect, it } from "vitest";
import { hunkFor, hunkOf, parsePatch } from "../../src/action/diff.js";

const PATCH = ["@@ -1,3 +1,4 @@", " a", "-b", "+B", "+C", " d", "@@ -10,2 +11,3 @@ some context", " x", "+y", "\\ No newline at end of file", " z"].join("\n");

describe("parsePatch", () => {
  it("collects the RIGHT-side lines (added and context) of each hunk", () => {
    const hunks = parsePatch(PATCH);
    expect(hunks.map((h) => [h.start, h.end, [...h.lines]])).toEqual([
      [1, 4, [1, 2, 3, 4]],
      [11, 13, [11, 12, 13]],
    ]);
  });

  it("has no lines without a patch (very large diffs)", () => {
    expect(parsePatch(undefined)).toEqual([]);
    expect(parsePatch("")).toEqual([]);
  });

  it("keeps a multi-line range inside one hunk", () => {
    const hunks = parsePatch(PATCH);
    expect(hunkFor(hunks, 2, 4)?.start).toBe(1);
    expect(hunkFor(hunks, 4, 11)).toBeUndefined();
    expect(hunkFor(hunks, 5, 5)).toBeUndefined();
    expect(hunkOf(hunks, 12)?.start).toBe(11);
    expect(hunkOf(hunks, 10)).toBeUndefined();
  });

  it("handles a one-line hunk header without counts and a deleted-only hunk", () => {
    const hunks = parsePatch("@@ -3 +3 @@\n-old\n+new\n@@ -9,2 +8,0 @@\n-gone\n-gone2");
    expect(hunks.map((h) => [...h.lines])).toEqual([[3], []]);
  });
});
