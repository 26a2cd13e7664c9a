import type { Diagnostic, Suggestion, TextEdit } from "../engine/types.js";
/** A fix as outputs write it: one replacement (ESLint's `fix`) or a list of edits far apart. */
export type FixShape = {
    kind: "single";
    edit: TextEdit;
} | {
    kind: "list";
    edits: readonly TextEdit[];
};
export declare function fixShape(d: Pick<Diagnostic, "fix" | "fixEdits"> | Suggestion): FixShape | undefined;
/** The text edits of a fix, in order. */
export declare function fixEditsOf(shape: FixShape): readonly TextEdit[];
/**
 * Tracks fixes that several findings of one file share (a whole list converted once for each of
 * its entries): an output writes such a fix once, on the first finding, and the others name it.
 */
export declare class SharedFixes {
    private readonly firstBy;
    /** The fingerprint of the earlier finding that carries the same fix, or undefined (then this one is the first). */
    sameAs(d: Pick<Diagnostic, "fixEdits" | "fingerprint">): string | undefined;
}
