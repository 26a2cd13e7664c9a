/**
 * Which lines of a pull request file can carry a review comment: the RIGHT side of the
 * `patch` hunks (added and context lines). A multi-line comment must stay inside one hunk.
 */
export interface Hunk {
  /** first and last new-file line the hunk covers */
  start: number;
  end: number;
  /** the RIGHT-side lines present in the hunk (added or context) */
  lines: Set<number>;
}

const HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

export function parsePatch(patch: string | undefined): Hunk[] {
  if (patch === undefined || patch === "") return [];
  const hunks: Hunk[] = [];
  let cur: Hunk | undefined;
  let line = 0;
  for (const raw of patch.split("\n")) {
    const h = HEADER.exec(raw);
    if (h !== null) {
      line = Number(h[1]);
      cur = { start: line, end: line - 1, lines: new Set() };
      hunks.push(cur);
      continue;
    }
    if (cur === undefined) continue;
    const c = raw[0];
    // "-" (deleted) and "\\ No newline at end of file" are not on the RIGHT side
    if (c === "+" || c === " ") {
      cur.lines.add(line);
      cur.end = line;
      line++;
    }
  }
  return hunks;
}

/** The hunk holding every line from `from` to `to`, if there is one. */
export function hunkFor(hunks: Hunk[], from: number, to: number): Hunk | undefined {
  for (const h of hunks) {
    if (from < h.start || to > h.end) continue;
    let all = true;
    for (let l = from; l <= to; l++) if (!h.lines.has(l)) all = false;
    if (all) return h;
  }
  return undefined;
}

/** The hunk that contains `line`. */
export function hunkOf(hunks: Hunk[], line: number): Hunk | undefined {
  return hunks.find((h) => h.lines.has(line));
}
