import { type FileResult, type LintSettings } from "./lint.js";
import type { Diagnostic } from "./types.js";
/** Passes of lint-then-fix; overlapping fixes wait for the next pass. */
export declare const MAX_FIX_PASSES = 10;
export interface FixOutcome {
    /** the fixed text (with the BOM when the file had one); equal to the input when nothing changed */
    output: string;
    changed: boolean;
    /** fixes applied, over all passes */
    applied: number;
    passes: number;
    /** the findings that remain after fixing */
    result: FileResult;
    /** fixes that would have broken the file, and were left out */
    rejected: Diagnostic[];
}
/** Lint and apply every safe fix until nothing changes (at most MAX_FIX_PASSES passes). */
export declare function fixText(filePath: string, raw: string, settings: LintSettings): FixOutcome;
