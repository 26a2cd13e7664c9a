/** A unified diff of two texts (line-based, Myers' algorithm), as `diff -u` / `git diff` print it. */
/** `--- a/path` / `+++ b/path` and hunks with `context` lines around each change; "" when equal. */
export declare function unifiedDiff(before: string, after: string, path: string, context?: number): string;
