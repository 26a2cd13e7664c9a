import type { FileResult } from "../engine/lint.js";
import { type FormatContext } from "./types.js";
/**
 * One entry per linted file, ESLint-like: `fix` and `suggestions[].fix` as `{range, text}` over the
 * file's text (offsets after a BOM, as ESLint counts them). Each entry and finding names the
 * `target` it was checked for; a file checked for several targets has an entry per target.
 */
export declare function format(results: FileResult[], _ctx: FormatContext): string;
