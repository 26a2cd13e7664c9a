/**
 * One iterative pass over JSON text that can build the value, an offset index, or both.
 *
 * Strict mode is RFC 8259 JSON. Tolerant mode (deployment templates) also accepts `//` and
 * `/* *\/` comments, trailing commas and bare placeholders (`${TTL}`, `$VAR`), which become
 * string values holding the placeholder text. The pass is iterative, so nesting depth is bounded
 * only by memory, never by the call stack.
 *
 * Why our own scanner: `JSON.parse` gives no offsets, and a full syntax tree (jsonc-parser's
 * `parseTree`) costs about 4x `JSON.parse`; this pass builds only the container index that
 * position lookups need, and nothing at all for files without findings. jsonc-parser also
 * cannot read bare placeholders, which real templates contain. See the README's design section.
 */
export interface SyntaxProblem {
    offset: number;
    length: number;
    message: string;
}
export interface MemberIndex {
    key: string;
    keyStart: number;
    keyEnd: number;
    valueStart: number;
    valueEnd: number;
    child: ContainerIndex | undefined;
}
export interface ItemIndex {
    valueStart: number;
    valueEnd: number;
    child: ContainerIndex | undefined;
}
export interface ObjectIndex {
    kind: "object";
    start: number;
    end: number;
    members: MemberIndex[];
}
export interface ArrayIndex {
    kind: "array";
    start: number;
    end: number;
    items: ItemIndex[];
}
export type ContainerIndex = ObjectIndex | ArrayIndex;
export interface RootIndex {
    valueStart: number;
    valueEnd: number;
    child: ContainerIndex | undefined;
}
export interface ScanOptions {
    tolerant?: boolean;
    value?: boolean;
    index?: boolean;
}
export interface ScanResult {
    value?: unknown;
    index?: RootIndex;
    error?: SyntaxProblem;
    /** tolerant extensions met: comments, trailing commas, bare placeholders */
    extensions: {
        comments: number;
        trailingCommas: number;
        placeholders: number;
    };
}
export declare function scan(text: string, options?: ScanOptions): ScanResult;
