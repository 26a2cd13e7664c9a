import type { Path } from "../json/path.js";
import { type FileResult, type LintSettings } from "./lint.js";
import type { Diagnostic } from "./types.js";
/** Passes of lint-then-fix; overlapping fixes wait for the next pass. */
export declare const MAX_FIX_PASSES = 10;
export interface FixOutcome {
    /** the fixed text (with the BOM when the file had one); equal to the input when nothing changed */
    output: string;
    changed: boolean;
    /** fixes applied, over all passes (a fix several findings share counts once) */
    applied: number;
    passes: number;
    /** the findings that remain after fixing (a finding whose fix was withheld says so in `fixWithheld`) */
    result: FileResult;
    /** fixes that would have broken the file or lost data, and were left out (with `fixWithheld` saying why) */
    rejected: Diagnostic[];
    /** the paths the applied fixes declared, over all passes (the only values a fix may have changed) */
    touched: Path[];
}
/**
 * Lint and apply every safe fix until nothing changes (at most MAX_FIX_PASSES passes). After each
 * pass the guard checks the result (no new duplicate key, no value changed outside the paths the
 * applied fixes declare, still a manifest with readable createOptions); a fix that breaks it is
 * withheld: nothing of it is written, and its finding stays with `fixWithheld` saying why.
 */
export declare function fixText(filePath: string, raw: string, settings: LintSettings): FixOutcome;
