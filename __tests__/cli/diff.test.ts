import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/cli/diff.js";

/** Applies a unified diff produced for one file (a strict applier: context must match exactly). */
function applyDiff(before: string, diff: string): string {
  if (diff === "") return before;
  const lines = diff.split("\n");
  lines.pop(); // the diff ends with a line break
  const src = before === "" ? [] : before.split("\n");
  const srcEndsWithNl = before.endsWith("\n");
  if (srcEndsWithNl) src.pop();
  const out: string[] = [];
  let pos = 0;
  let outNoEol = !srcEndsWithNl && src.length > 0;
  let i = 2;
  while (i < lines.length) {
    const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$/.exec(lines[i]!);
    if (!m) throw new Error(`bad hunk header: ${lines[i]}`);
    const aStart = Number(m[1]);
    const aCount = m[2] === undefined ? 1 : Number(m[2]);
    const start = aCount === 0 ? aStart : aStart - 1;
    while (pos < start) out.push(src[pos++]!);
    i++;
    while (i < lines.length && !lines[i]!.startsWith("@@")) {
      const l = lines[i]!;
      const next = lines[i + 1];
      const noEol = next === "\\ No newline at end of file";
      if (l.startsWith(" ") || l.startsWith("-")) {
        if (src[pos] !== l.slice(1)) throw new Error(`context mismatch at ${pos}: ${JSON.stringify(src[pos])} vs ${JSON.stringify(l)}`);
        pos++;
      }
      if (l.startsWith(" ") || l.startsWith("+")) {
        out.push(l.slice(1));
        outNoEol = noEol;
      } else if (pos === src.length && noEol) {
        // a removed last line without a newline: the output's last line now has one unless said otherwise
      }
      i += noEol ? 2 : 1;
    }
  }
  while (pos < src.length) {
    out.push(src[pos++]!);
    outNoEol = !srcEndsWithNl;
  }
  if (out.length === 0) return "";
  return out.join("\n") + (outNoEol ? "" : "\n");
}

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("a\nb\n", "a\nb\n", "x.json")).toBe("");
  });

  it("prints git-style headers, hunks with three lines of context and merges near hunks", () => {
    const before = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"].join("\n") + "\n";
    const after = before.replace("2\n", "two\n").replace("\n8\n", "\neight\n").replace("\n18\n", "\n").replace("\n20\n", "\n20\n21\n");
    expect(unifiedDiff(before, after, "dir/a b.json")).toBe(
      [
        "--- a/dir/a b.json",
        "+++ b/dir/a b.json",
        "@@ -1,11 +1,11 @@",
        " 1",
        "-2",
        "+two",
        " 3",
        " 4",
        " 5",
        " 6",
        " 7",
        "-8",
        "+eight",
        " 9",
        " 10",
        " 11",
        "@@ -15,6 +15,6 @@",
        " 15",
        " 16",
        " 17",
        "-18",
        " 19",
        " 20",
        "+21",
        "",
      ].join("\n"),
    );
  });

  it("keeps CRLF in the lines and marks a missing final newline", () => {
    expect(unifiedDiff('{\r\n  "a": 1\r\n}', '{\r\n  "b": 1\r\n}', "f.json")).toBe(
      ["--- a/f.json", "+++ b/f.json", "@@ -1,3 +1,3 @@", " {\r", '-  "a": 1\r', '+  "b": 1\r', " }", "\\ No newline at end of file", ""].join("\n"),
    );
    expect(unifiedDiff("a\nb", "a\nb\n", "f")).toBe(["--- a/f", "+++ b/f", "@@ -1,2 +1,2 @@", " a", "-b", "\\ No newline at end of file", "+b", ""].join("\n"));
  });

  it("an empty side has a zero-length range", () => {
    expect(unifiedDiff("", "x\n", "f")).toBe(["--- a/f", "+++ b/f", "@@ -0,0 +1 @@", "+x", ""].join("\n"));
    expect(unifiedDiff("x\n", "", "f")).toBe(["--- a/f", "+++ b/f", "@@ -1 +0,0 @@", "-x", ""].join("\n"));
  });

  it("applying the diff gives the new text (property)", () => {
    const text = fc.array(fc.constantFrom("a", "b", "c", "{", "}", "", "x\r"), { maxLength: 30 }).chain((lines) =>
      fc.boolean().map((nl) => lines.join("\n") + (nl && lines.length > 0 ? "\n" : "")),
    );
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(applyDiff(a, unifiedDiff(a, b, "f"))).toBe(b);
      }),
      { numRuns: 400 },
    );
  });
});
