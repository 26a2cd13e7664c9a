import type { FileResult } from "../engine/lint.js";
import type { Diagnostic, Rule } from "../engine/types.js";
export interface FormatContext {
    /** paths are shown relative to it */
    cwd: string;
    /** every rule that may appear in the results (descriptions, docs, SARIF rule table) */
    rules: readonly Rule[];
    /** ANSI colours (stylish): the CLI sets it when stdout is a TTY and NO_COLOR is unset */
    color?: boolean;
}
export type Formatter = (results: FileResult[], ctx: FormatContext) => string;
/** The workspace-relative, `/`-separated path of a result. */
export declare function relativePath(filePath: string, cwd: string): string;
/** Results that were linted (not skipped non-manifests). */
export declare function linted(results: FileResult[]): FileResult[];
export declare function visible(messages: Diagnostic[]): Diagnostic[];
