import type { Manifest } from "../model/manifest.js";
import { EditBatch } from "./edit-batch.js";
import type { Edit, TextEdit } from "./types.js";

/**
 * One fix as a single text replacement over the original file text (the span from its first to
 * its last changed character), as ESLint reports `fix` and as a review suggestion needs it.
 */
export function fixAsTextEdit(manifest: Manifest, edits: readonly Edit[]): TextEdit | undefined {
  const batch = new EditBatch(manifest.root.space);
  if (!batch.tryAdd(edits)) return undefined;
  const parts = batch.textEdits();
  if (parts.length === 0) return undefined;
  const text = manifest.source.text;
  const start = parts[0]!.start;
  const end = Math.max(...parts.map((p) => p.end));
  let out = "";
  let pos = start;
  for (const p of parts) {
    out += text.slice(pos, p.start) + p.text;
    pos = Math.max(pos, p.end);
  }
  out += text.slice(pos, end);
  return { start, end, text: out };
}
