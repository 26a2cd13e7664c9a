/**
 * One iterative pass over JSON text that validates it and can build its value.
 *
 * Strict mode is RFC 8259 JSON. Tolerant mode (deployment templates) also accepts `//` and
 * `/* *\/` comments, trailing commas and bare placeholders (`${TTL}`, `$VAR`), which become
 * string values holding the placeholder text. The pass is iterative, so nesting depth is bounded
 * only by memory, never by the call stack.
 *
 * It runs only when native `JSON.parse` refuses a text: to read a template's extensions, and to
 * name the first syntax error with its exact offset (merge-conflict markers included). Offsets of
 * values are found separately, on demand, by JsonDoc (document.ts).
 */
export interface SyntaxProblem {
    offset: number;
    length: number;
    message: string;
}
export interface ScanOptions {
    tolerant?: boolean;
    /** build the value (default true); false only validates */
    value?: boolean;
}
export interface ScanResult {
    value?: unknown;
    error?: SyntaxProblem;
    /** tolerant extensions met: comments, trailing commas, bare placeholders */
    extensions: {
        comments: number;
        trailingCommas: number;
        placeholders: number;
    };
}
/** a bare template placeholder where a value stands: `${TTL}`, `$VAR`, `__X__` (sticky) */
export declare const BARE_PLACEHOLDER_RE: RegExp;
export declare function scan(text: string, options?: ScanOptions): ScanResult;
