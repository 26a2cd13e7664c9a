/**
 * Offsets inside a JSON string literal: a decoded character offset maps to the raw offset in the
 * file, so a finding inside a stringified createOptions lands on the right column even after
 * escapes such as `\"`, `\\` and `\u00e9`.
 */
/** Raw offsets (relative to the literal's opening quote) of each decoded UTF-16 unit, plus one past the end. */
export declare function decodedToRawMap(raw: string): Int32Array;
/**
 * Encode text as the body of a JSON string literal (no quotes); `escapeSlash` writes `/` as `\/`,
 * for a string whose file writes it that way (the agent's and .NET's serializers do).
 */
export declare function encodeStringBody(text: string, escapeSlash?: boolean): string;
/**
 * Offset just past the closing quote of the string literal opening at `i` in text known to hold
 * string literals (escapes are not validated), or -1 when the literal is not closed.
 */
export declare function literalEnd(text: string, i: number): number;
/** Offset of the line break (LF or CR) that ends a `//` comment starting before `from`, or the text's length. */
export declare function lineBreakAt(text: string, from: number): number;
