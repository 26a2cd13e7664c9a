import { type FileResult } from "../engine/lint.js";
import { type Diagnostic, type Target } from "../engine/types.js";
import { type FormatContext } from "./types.js";
/**
 * What SARIF needs of a finding. A Diagnostic has it; so has a finding read back from elsewhere
 * (the action's findings file), which carries no offsets or pointer and need not invent them.
 */
export type SarifFinding = Pick<Diagnostic, "ruleId" | "severity" | "message" | "line" | "column" | "endLine" | "endColumn" | "fingerprint" | "docs"> & Partial<Pick<Diagnostic, "module" | "pointer" | "target" | "suppressed" | "fix" | "fixEdits" | "fixWithheld" | "suggestions">>;
/** A file's findings for SARIF (a FileResult is one). */
export interface SarifFile {
    /** absolute, or relative to the context's cwd */
    filePath: string;
    target?: Target;
    skipped?: boolean;
    messages: readonly SarifFinding[];
}
/**
 * SARIF 2.1.0: one run, or with any target but the default alone, one run per target whose
 * `automationDetails.id` names it (`iotedge-gpu-lint/vm/`: the trailing slash makes the whole id
 * the category, so that code scanning keeps each target's alerts apart). Regions use 1-based lines
 * and UTF-16 columns (the SARIF default), the end column exclusive; fixes replace character ranges
 * of the text (after a BOM, as editors count).
 * A fix whose edits are far apart is one `fix` with several `replacements`; a fix several findings
 * share is written once, on the first; the others carry `properties.fixSameAs` (its fingerprint).
 */
export declare function format(results: FileResult[], ctx: FormatContext): string;
/** The SARIF log of any findings (see format): the CLI's results, or findings read back by the action. */
export declare function sarifLog(results: readonly SarifFile[], ctx: FormatContext): string;
/** The automationDetails id of a target's run. */
export declare function automationIdOf(target: Target): string;
