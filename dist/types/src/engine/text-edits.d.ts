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
export declare function rangesConflict(a: Range, b: Range): boolean;
/**
 * Ranges taken so far, sorted by start. They never conflict with each other (only non-conflicting
 * ranges are inserted), so their ends are sorted too and a conflict check looks at the few ranges
 * that end at or after the new range's start, found by binary search.
 */
export declare class RangeIndex {
    private readonly starts;
    private readonly ends;
    get size(): number;
    /** The first slot whose range starts after `offset`. */
    private upper;
    conflicts(r: Range): boolean;
    /** Insert a range that does not conflict with any taken one (check with `conflicts` first). */
    insert(r: Range): void;
}
/** Edits sorted by position (insertions at one offset keep their given order). */
export declare function sortEdits<T extends RangeEdit>(edits: readonly T[]): T[];
/**
 * Apply non-overlapping edits in one pass over the text: the untouched stretches and the new
 * texts are collected in order and joined once.
 */
export declare function applyEdits(text: string, edits: readonly RangeEdit[]): string;
