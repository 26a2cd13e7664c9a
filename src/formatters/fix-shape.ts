import type { Diagnostic, Suggestion, TextEdit } from "../engine/types.js";

/** A fix as outputs write it: one replacement (ESLint's `fix`) or a list of edits far apart. */
export type FixShape = { kind: "single"; edit: TextEdit } | { kind: "list"; edits: readonly TextEdit[] };

export function fixShape(d: Pick<Diagnostic, "fix" | "fixEdits"> | Suggestion): FixShape | undefined {
  if (d.fix !== undefined) return { kind: "single", edit: d.fix };
  if (d.fixEdits !== undefined && d.fixEdits.length > 0) return { kind: "list", edits: d.fixEdits };
  return undefined;
}

/** The text edits of a fix, in order. */
export function fixEditsOf(shape: FixShape): readonly TextEdit[] {
  return shape.kind === "single" ? [shape.edit] : shape.edits;
}

/**
 * Tracks fixes that several findings of one file share (a whole list converted once for each of
 * its entries): an output writes such a fix once, on the first finding, and the others name it.
 */
export class SharedFixes {
  private readonly firstBy = new Map<readonly TextEdit[], string>();

  /** The fingerprint of the earlier finding that carries the same fix, or undefined (then this one is the first). */
  sameAs(d: Pick<Diagnostic, "fixEdits" | "fingerprint">): string | undefined {
    const key = d.fixEdits;
    if (key === undefined) return undefined;
    const first = this.firstBy.get(key);
    if (first !== undefined && first !== d.fingerprint) return first;
    this.firstBy.set(key, d.fingerprint);
    return undefined;
  }
}
