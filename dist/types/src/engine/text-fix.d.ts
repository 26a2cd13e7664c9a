import type { Manifest } from "../model/manifest.js";
import type { Edit, TextEdit } from "./types.js";
/**
 * One fix as a single text replacement over the original file text (the span from its first to
 * its last changed character), as ESLint reports `fix` and as a review suggestion needs it.
 */
export declare function fixAsTextEdit(manifest: Manifest, edits: readonly Edit[]): TextEdit | undefined;
