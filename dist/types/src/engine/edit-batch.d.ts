import type { Space } from "../model/node.js";
import type { Edit, TextEdit } from "./types.js";
/** Chunks written by IoT Edge tooling hold at most this many characters (iotedge-k8s-facts §2.2). */
export declare const CHUNK_SIZE = 512;
/** Split createOptions text into chunks of at most 512 characters, never inside a surrogate pair. */
export declare function splitChunks(text: string): string[];
export declare function chunkKey(i: number): string;
/**
 * Collects fixes for one pass. Each fix is accepted whole or not at all: when any of its text
 * ranges overlaps an accepted fix, it waits for the next pass. Edits inside a stringified
 * createOptions are made on the options' own text and written back into the string (its
 * escapes kept) or, when the chunking must change, as canonical chunks.
 */
export declare class EditBatch {
    private readonly fileSpace;
    private readonly outer;
    private readonly inner;
    private readonly styles;
    constructor(fileSpace: Space);
    get empty(): boolean;
    /** Add one fix; false when it conflicts with what is already accepted or cannot be placed. */
    tryAdd(edits: readonly Edit[]): boolean;
    /** The file's text edits, once the rewritten createOptions are written back. */
    textEdits(): TextEdit[];
    apply(): string;
    private style;
    private locate;
    private resolve;
    /**
     * A fix that removes every member of a container and adds new ones to it (a section replaced
     * whole) is written as one replacement of the container's inside, not as overlapping edits.
     */
    private replacedContainers;
    private resolveAdds;
    /** Replace all createOptions chunk members of `settings` with canonical chunks of `text`. */
    private rewriteChunks;
    private hasNonStringChunk;
    private footprint;
    private writeBack;
}
