/**
 * Text edits over one text: applied in one pass, and checked for conflicts with a sorted index
 * of the ranges already taken (a binary search per edit, never each edit against each other).
 */

export interface Range {
  start: number;
  end: number;
}

export interface RangeEdit extends Range {
  text: string;
}

/**
 * Two ranges conflict when they share a character, or when one of them is an insertion (empty)
 * at or inside the other's bounds (the order of the two texts there would be a guess).
 */
export function rangesConflict(a: Range, b: Range): boolean {
  const lo = Math.max(a.start, b.start);
  const hi = Math.min(a.end, b.end);
  if (lo < hi) return true;
  return (a.start === a.end || b.start === b.end) && lo <= hi;
}

/**
 * Ranges taken so far, sorted by start. They never conflict with each other (only non-conflicting
 * ranges are inserted), so their ends are sorted too and a conflict check looks at the few ranges
 * that end at or after the new range's start, found by binary search.
 */
export class RangeIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  get size(): number {
    return this.starts.length;
  }

  /** The first slot whose range starts after `offset`. */
  private upper(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  conflicts(r: Range): boolean {
    // candidates start at or before r.end; going back, stop once a range ends before r.start
    for (let k = this.upper(r.end) - 1; k >= 0; k--) {
      if (this.ends[k]! < r.start) break;
      if (rangesConflict({ start: this.starts[k]!, end: this.ends[k]! }, r)) return true;
    }
    return false;
  }

  /** Insert a range that does not conflict with any taken one (check with `conflicts` first). */
  insert(r: Range): void {
    const at = this.upper(r.start);
    if (at === this.starts.length) {
      this.starts.push(r.start);
      this.ends.push(r.end);
    } else {
      this.starts.splice(at, 0, r.start);
      this.ends.splice(at, 0, r.end);
    }
  }
}

/** Edits sorted by position (insertions at one offset keep their given order). */
export function sortEdits<T extends RangeEdit>(edits: readonly T[]): T[] {
  return edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
}

/**
 * Apply non-overlapping edits in one pass over the text: the untouched stretches and the new
 * texts are collected in order and joined once.
 */
export function applyEdits(text: string, edits: readonly RangeEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = sortEdits(edits);
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`internal: overlapping edits at offset ${e.start}`);
    if (e.start > pos) parts.push(text.slice(pos, e.start));
    if (e.text !== "") parts.push(e.text);
    pos = e.end;
  }
  if (pos < text.length) parts.push(text.slice(pos));
  return parts.join("");
}
