import { type SyntaxProblem } from "./scanner.js";
import type { Path } from "./path.js";
export interface MemberIndex {
    key: string;
    keyStart: number;
    keyEnd: number;
    valueStart: number;
    valueEnd: number;
}
export interface ItemIndex {
    valueStart: number;
    valueEnd: number;
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
/** Where a value (and, for an object member, its key) sits in a document's text. */
export interface Located {
    valueStart: number;
    valueEnd: number;
    keyStart?: number;
    keyEnd?: number;
    /** the container holding this value (undefined for the root) */
    parent?: ContainerIndex;
    /** position of this member or element inside `parent` */
    slot?: number;
    /** this value's own container index, when it is an object or array */
    container?: ContainerIndex;
}
/**
 * JSON text plus its parsed value, with offsets found on demand and only along the paths asked
 * for. The text is known to be valid (it parsed), so finding offsets needs no validation:
 *  - the first lookup makes one pass that pairs every `{`/`[` with its close (strings and
 *    comments skipped), keeping two arrays of numbers and nothing else;
 *  - a container's direct members are listed the first time a path goes through it, jumping
 *    over nested containers with the pairs.
 * A file without findings costs nothing beyond JSON.parse; one with findings costs one pass over
 * its text plus the containers on the reported paths.
 */
export declare class JsonDoc {
    readonly text: string;
    readonly tolerant: boolean;
    readonly value: unknown;
    private opens;
    private closes;
    private readonly containers;
    constructor(text: string, tolerant: boolean, value: unknown);
    /**
     * Parse text with native JSON.parse: as it is, or (templates) as strict JSON made from it. The
     * validating scanner runs only for text that does not parse, to name the error exactly.
     */
    static parse(text: string, tolerant: boolean): {
        doc?: JsonDoc;
        error?: SyntaxProblem;
    };
    /** Where the value at `path` is. */
    locate(path: Path): Located | undefined;
    /** Where the root value is. */
    root(): Located;
    /** Where the member `seg` (last one of that name) or the element `seg` of a located container is. */
    child(at: Located, seg: string | number): Located | undefined;
    /** The index of the object or array opening at `start` (undefined for a scalar or a placeholder). */
    private containerAt;
    private indexObject;
    private indexArray;
    /** End (exclusive) of the value starting at `i`. */
    private valueEnd;
    private placeholderEnd;
    /** Offset just past the closing quote of the string opening at `i` (the text is valid: it is closed). */
    private stringEnd;
    private skipTrivia;
    /** Offset of the `}`/`]` closing the container that opens at `open`. */
    private closeOf;
    /** One pass over the text pairing every `{`/`[` with its close; strings, comments and placeholders skipped. */
    private pairBrackets;
}
