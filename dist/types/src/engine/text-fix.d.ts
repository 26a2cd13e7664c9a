import type { Manifest } from "../model/manifest.js";
import type { Edit, TextEdit } from "./types.js";
/**
 * Unchanged characters a single replacement may repeat: edits closer together than this (in
 * total) are also given as one replacement (ESLint's `fix`); edits further apart (a module
 * renamed in its section, its twin and its routes) only as a list, so that no fix repeats the
 * file between them.
 */
export declare const MAX_JOINED_GAP = 80;
export interface FixText {
    /** the edits as one replacement, when they are close together */
    fix?: TextEdit;
    /** the edits over the original file text, sorted and not overlapping */
    edits: readonly TextEdit[];
}
/** One fix as text edits over the original file text (and as one replacement when they are close together). */
export declare function fixAsText(manifest: Manifest, edits: readonly Edit[]): FixText | undefined;
/** Sorted, non-overlapping edits as one replacement of the span from the first to the last changed character. */
export declare function joinEdits(text: string, parts: readonly TextEdit[]): TextEdit;
/** One fix as a single text replacement (the span from its first to its last changed character). */
export declare function fixAsTextEdit(manifest: Manifest, edits: readonly Edit[]): TextEdit | undefined;
