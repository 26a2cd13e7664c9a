import type { FileResult } from "../engine/lint.js";
import { type FormatContext } from "./types.js";
/**
 * One entry per linted file, ESLint-like. A fix is `fix: {range, text}` over the file's text
 * (offsets after a BOM, as ESLint counts them) when its changes are close together, else
 * `fixEdits: [{range, text}, ...]` (sorted, not overlapping; apply all of them). A fix that several
 * findings share is written once, on the first; the others say `fixSameAs: <its fingerprint>`.
 * Suggestions have the same `fix` or `fixEdits`. A fix the guard withheld is `fixWithheld: <why>`.
 * Each entry and finding names the `target` it was checked for; a file checked for several targets
 * has an entry per target.
 */
export declare function format(results: FileResult[], _ctx: FormatContext): string;
