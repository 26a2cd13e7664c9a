/** A unified diff of two texts (line-based, Myers' algorithm), as `diff -u` / `git diff` print it. */

type Op = { t: " " | "-" | "+"; line: string; noEol: boolean };

interface Lines {
  lines: string[];
  /** the last line has no line break after it */
  noEol: boolean;
}

function splitLines(text: string): Lines {
  if (text === "") return { lines: [], noEol: false };
  const lines = text.split("\n");
  const noEol = lines[lines.length - 1] !== "";
  if (!noEol) lines.pop();
  return { lines, noEol };
}

/** Above this many differences the middle is shown as one replacement (bounded time and memory). */
const MAX_EDIT_DISTANCE = 4000;

function myers(a: string[], b: string[]): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, MAX_EDIT_DISTANCE); d++) {
    // only diagonals -d-1..d+1 are read back at step d: keep that window (memory O(d²), not O(d·(n+m)))
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[k - 1 + off]! < v[k + 1 + off]!) ? v[k + 1 + off]! : v[k - 1 + off]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + off] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d, k);
    }
  }
  return undefined;
}

function backtrack(a: string[], b: string[], trace: Int32Array[], dEnd: number, kEnd: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!;
    const o = d + 1; // the window's offset (see myers)
    const k = x - y;
    const prevK = k === -d || (k !== d && v[k - 1 + o]! < v[k + 1 + o]!) ? k + 1 : k - 1;
    const prevX = v[prevK + o]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ t: " ", line: a[--x]!, noEol: false });
      y--;
    }
    if (x === prevX) ops.push({ t: "+", line: b[--y]!, noEol: false });
    else ops.push({ t: "-", line: a[--x]!, noEol: false });
  }
  while (x > 0 && y > 0) {
    ops.push({ t: " ", line: a[--x]!, noEol: false });
    y--;
  }
  void kEnd;
  return ops.reverse();
}

function diffOps(a: Lines, b: Lines): Op[] {
  const A = a.lines;
  const B = b.lines;
  // the last line differs when only its line break does
  const same = (i: number, j: number) => A[i] === B[j] && (i === A.length - 1 && a.noEol) === (j === B.length - 1 && b.noEol);
  let pre = 0;
  while (pre < A.length && pre < B.length && same(pre, pre)) pre++;
  let suf = 0;
  while (suf < A.length - pre && suf < B.length - pre && same(A.length - 1 - suf, B.length - 1 - suf)) suf++;
  const midA = A.slice(pre, A.length - suf);
  const midB = B.slice(pre, B.length - suf);
  // lines at the very end compare with their "no newline" flag folded in
  const tagA = midA.map((l, i) => (a.noEol && pre + i === A.length - 1 ? l + "\u0000noeol" : l));
  const tagB = midB.map((l, i) => (b.noEol && pre + i === B.length - 1 ? l + "\u0000noeol" : l));
  const middle = myers(tagA, tagB) ?? [...tagA.map((line) => ({ t: "-" as const, line, noEol: false })), ...tagB.map((line) => ({ t: "+" as const, line, noEol: false }))];
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ t: " ", line: A[i]!, noEol: a.noEol && i === A.length - 1 });
  for (const o of middle) {
    const noEol = o.line.endsWith("\u0000noeol");
    ops.push({ t: o.t, line: noEol ? o.line.slice(0, -6) : o.line, noEol });
  }
  for (let i = A.length - suf; i < A.length; i++) ops.push({ t: " ", line: A[i]!, noEol: a.noEol && i === A.length - 1 });
  return ops;
}

/** `--- a/path` / `+++ b/path` and hunks with `context` lines around each change; "" when equal. */
export function unifiedDiff(before: string, after: string, path: string, context = 3): string {
  if (before === after) return "";
  const ops = diffOps(splitLines(before), splitLines(after));
  let out = `--- a/${path}\n+++ b/${path}\n`;
  const changed = ops.map((o, i) => (o.t !== " " ? i : -1)).filter((i) => i >= 0);
  let i = 0;
  while (i < changed.length) {
    const start = Math.max(0, changed[i]! - context);
    let end = Math.min(ops.length, changed[i]! + context + 1);
    let j = i + 1;
    while (j < changed.length && changed[j]! - context <= end) {
      end = Math.min(ops.length, changed[j]! + context + 1);
      j++;
    }
    // line numbers at the start of the hunk
    let aLine = 0;
    let bLine = 0;
    for (let p = 0; p < start; p++) {
      if (ops[p]!.t !== "+") aLine++;
      if (ops[p]!.t !== "-") bLine++;
    }
    const hunk = ops.slice(start, end);
    const aCount = hunk.filter((o) => o.t !== "+").length;
    const bCount = hunk.filter((o) => o.t !== "-").length;
    out += `@@ -${aCount === 0 ? aLine : aLine + 1}${aCount === 1 ? "" : `,${aCount}`} +${bCount === 0 ? bLine : bLine + 1}${bCount === 1 ? "" : `,${bCount}`} @@\n`;
    for (const o of hunk) {
      out += `${o.t}${o.line}\n`;
      if (o.noEol) out += "\\ No newline at end of file\n";
    }
    i = j;
  }
  return out;
}
