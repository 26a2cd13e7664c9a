import type { Space } from "../model/node.js";
import type { Edit, TextEdit } from "./types.js";
/** Chunks written by IoT Edge tooling hold at most this many characters (stated in rules/create-options-chunks.md). */
export declare const CHUNK_SIZE = 512;
/** Why a batch refused a fix: it waits for the next pass (`conflict`) or can never be placed (`unplaceable`). */
export type Refusal = "conflict" | "unplaceable";
/** Split createOptions text into chunks of at most 512 characters, never inside a surrogate pair. */
export declare function splitChunks(text: string): string[];
export declare function chunkKey(i: number): string;
/** Structural equality of JSON values (key order ignored). */
export declare function jsonEqual(a: unknown, b: unknown): boolean;
/**
 * Collects fixes for one pass. Each fix is accepted whole or not at all: when any of its text
 * ranges overlaps an accepted fix, or it would create a member that an accepted fix creates in
 * the same object (two fixes each adding `k8s-experimental`: the last would win and the first
 * be lost), it waits for the next pass, where it becomes an edit of the member that exists by
 * then. Edits inside a stringified createOptions are made on the options' own text and written
 * back into the string (its escapes kept) or, when the chunking must change, as canonical chunks.
 * Conflicts are found with sorted range indexes; the text is written in one pass.
 */
export declare class EditBatch {
    private readonly fileSpace;
    private readonly outer;
    private readonly outerIndex;
    private readonly inner;
    private readonly styles;
    /** members created so far, per object: `space:path` -> created keys */
    private readonly created;
    /** why the last refused fix was refused */
    refusal: Refusal | undefined;
    constructor(fileSpace: Space);
    get empty(): boolean;
    /** Add one fix; false when it conflicts with what is already accepted or cannot be placed (see `refusal`). */
    tryAdd(edits: readonly Edit[]): boolean;
    private refuse;
    /** The file's text edits (sorted), once the rewritten createOptions are written back. */
    textEdits(): TextEdit[];
    apply(): string;
    /** The object members a fix creates (adds with a key, renames), by object. */
    private createdKeys;
    private style;
    private locate;
    /** A member whose key its object defines twice: removing or renaming it would bring the shadowed one back. */
    private assertNotShadowing;
    /** Is the member at `at` one of several with its key (removing or renaming it would revive another)? */
    private isDefinedTwice;
    /** An `Env` member a fix emptied may go, unless it is written twice (then it stays, empty, shadowing the other). */
    private mayDropEnv;
    private resolve;
    /** `Env` set to an empty list by a fix (its last entries removed): the member goes too. */
    private emptiedEnvRemoval;
    /**
     * A `set` whose new value is the old one with some entries left out (same order, the kept
     * entries unchanged) is written as the removal of those entries: the rest keeps its text.
     */
    private removalsOnly;
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
    /** Does the file write `/` as `\/` in this createOptions (then new text does too)? */
    private escapesSlash;
    private writeBack;
}
