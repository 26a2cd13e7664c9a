import type { FileResult } from "../engine/lint.js";
import { type Diagnostic, type Rule, type Target } from "../engine/types.js";
export interface FormatContext {
    /** paths are shown relative to it */
    cwd: string;
    /** every rule that may appear in the results (descriptions, docs, SARIF rule table) */
    rules: readonly Rule[];
    /** ANSI colours (stylish): the CLI sets it when stdout is a TTY and NO_COLOR is unset */
    color?: boolean;
    /**
     * the targets the run checked for; with several, findings show theirs and SARIF has a run per
     * target. Default: the targets the results carry, else kubernetes.
     */
    targets?: readonly Target[];
}
export type Formatter = (results: FileResult[], ctx: FormatContext) => string;
/** The workspace-relative, `/`-separated path of a result. */
export declare function relativePath(filePath: string, cwd: string): string;
/** Results that were linted (not skipped non-manifests). */
export declare function linted<R extends {
    skipped?: boolean;
}>(results: readonly R[]): R[];
export declare function visible(messages: Diagnostic[]): Diagnostic[];
/** The run's targets: the context's, else those the results and findings carry (in TARGETS order), else the default. */
export declare function targetsOf(results: readonly {
    target?: Target;
    messages: readonly {
        target?: Target;
    }[];
}[], ctx: FormatContext): readonly Target[];
/** The target a finding was checked for: its own, else its file's, else the default. */
export declare function targetOf(m: {
    target?: Target;
}, r: {
    target?: Target;
}): Target;
