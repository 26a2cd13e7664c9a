import type { FileResult } from "../engine/lint.js";
import { type FormatContext } from "./types.js";
/**
 * SARIF 2.1.0, one run. Regions use 1-based lines and UTF-16 columns (the SARIF default), the end
 * column exclusive; fixes replace character ranges of the text (after a BOM, as editors count).
 */
export declare function format(results: FileResult[], ctx: FormatContext): string;
