import type { Manifest } from "../model/manifest.js";
import { EditBatch } from "./edit-batch.js";
import type { Edit, TextEdit } from "./types.js";

/**
 * Unchanged characters a single replacement may repeat: edits closer together than this (in
 * total) are also given as one replacement (ESLint's `fix`); edits further apart (a module
 * renamed in its section, its twin and its routes) only as a list, so that no fix repeats the
 * file between them.
 */
export const MAX_JOINED_GAP = 80;

export interface FixText {
  /** the edits as one replacement, when they are close together */
  fix?: TextEdit;
  /** the edits over the original file text, sorted and not overlapping */
  edits: readonly TextEdit[];
}

/** One fix as text edits over the original file text (and as one replacement when they are close together). */
export function fixAsText(manifest: Manifest, edits: readonly Edit[]): FixText | undefined {
  const batch = new EditBatch(manifest.root.space);
  if (!batch.tryAdd(edits)) return undefined;
  const parts = batch.textEdits();
  if (parts.length === 0) return undefined;
  const list = Object.freeze(parts.map((p) => Object.freeze({ start: p.start, end: p.end, text: p.text })));
  if (parts.length === 1) return { fix: { ...list[0]! }, edits: list };
  let gap = 0;
  for (let i = 1; i < parts.length; i++) gap += Math.max(0, parts[i]!.start - parts[i - 1]!.end);
  if (gap > MAX_JOINED_GAP) return { edits: list };
  return { fix: joinEdits(manifest.source.text, parts), edits: list };
}

/** Sorted, non-overlapping edits as one replacement of the span from the first to the last changed character. */
export function joinEdits(text: string, parts: readonly TextEdit[]): TextEdit {
  const start = parts[0]!.start;
  let end = start;
  let out = "";
  let pos = start;
  for (const p of parts) {
    out += text.slice(pos, p.start) + p.text;
    pos = Math.max(pos, p.end);
    end = Math.max(end, p.end);
  }
  out += text.slice(pos, end);
  return { start, end, text: out };
}

/** One fix as a single text replacement (the span from its first to its last changed character). */
export function fixAsTextEdit(manifest: Manifest, edits: readonly Edit[]): TextEdit | undefined {
  const t = fixAsText(manifest, edits);
  if (t === undefined) return undefined;
  return t.fix ?? joinEdits(manifest.source.text, t.edits);
}
