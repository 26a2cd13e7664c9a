import { type ContainerIndex, type RootIndex, type ScanResult } from "./scanner.js";
import type { Path } from "./path.js";
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
 * JSON text plus its parsed value, with offsets found on demand: the offset index is built by one
 * scanner pass the first time a position is asked for, and never for a file without findings.
 */
export declare class JsonDoc {
    readonly text: string;
    readonly tolerant: boolean;
    readonly value: unknown;
    private rootIndex;
    constructor(text: string, tolerant: boolean, value: unknown);
    /** Parse text: native JSON.parse first (fast), the tolerant scanner only when that fails. */
    static parse(text: string, tolerant: boolean): {
        doc?: JsonDoc;
        error?: ScanResult["error"];
        extensions?: ScanResult["extensions"];
    };
    get index(): RootIndex;
    locate(path: Path): Located | undefined;
}
