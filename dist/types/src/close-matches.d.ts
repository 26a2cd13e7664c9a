/** Levenshtein distance, capped: enough to suggest `no-host-binds` for `no-host-bind`. */
export declare function editDistance(a: string, b: string): number;
/** Known names close to `name` (edit distance within a third of its length, or containing it), best first. */
export declare function closeMatches(name: string, known: Iterable<string>, limit?: number): string[];
/** ` (did you mean 'a' or 'b'?)`, or "" when nothing is close. */
export declare function didYouMean(name: string, known: Iterable<string>): string;
