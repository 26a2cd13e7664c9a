import { type FileResult } from "../engine/lint.js";
import { type Target } from "../engine/types.js";
import { type FormatContext } from "./types.js";
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
/** The automationDetails id of a target's run. */
export declare function automationIdOf(target: Target): string;
