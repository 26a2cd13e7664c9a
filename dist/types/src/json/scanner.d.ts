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
