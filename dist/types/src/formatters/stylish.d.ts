import type { FileResult } from "../engine/lint.js";
import { type FormatContext } from "./types.js";
/**
 * ESLint's stylish output: the file, then aligned `line:col  severity  message  rule-id` rows, then
 * `✖ N problems (E errors, W warnings, I infos)` and how many are fixable. Nothing when clean.
 * With several targets each message starts with its target (`[vm] ...`), the rows of a file are
 * grouped by target, and the summary adds a line per target: the row shape stays the same.
 * Paths and messages never break a line nor start one with `::` (a runner reads this output).
 */
export declare function format(results: FileResult[], ctx: FormatContext): string;
