import type { FileResult } from "../engine/lint.js";
import { type FormatContext } from "./types.js";
/**
 * ESLint's stylish output: the file, then aligned `line:col  severity  message  rule-id` rows, then
 * `✖ N problems (E errors, W warnings, I infos)` and how many are fixable. Nothing when clean.
 */
export declare function format(results: FileResult[], ctx: FormatContext): string;
