import { ConfigResolver } from "./config/resolver.js";
import type { SeveritySetting, Target } from "./engine/types.js";
import { type LintRun } from "./files.js";
export interface LintStdinOptions {
    /** the workspace (default: the process's working directory) */
    cwd?: string;
    /** the file the text stands for (default deployment.json), relative to cwd */
    filename?: string;
    /** a configuration file (default: the nearest one above `filename`) */
    config?: string;
    /** the run's configuration resolver (shared with the rest of a CLI run); made from cwd and config when absent */
    configs?: ConfigResolver;
    /** compute the fixed text (`output`); nothing is written */
    fix?: boolean;
    rules?: Record<string, SeveritySetting>;
    now?: Date;
    /** give each fix as one text replacement (`fix`) (default true) */
    fixText?: boolean;
    /** the target(s), overriding the configuration's; fixing takes exactly one */
    target?: Target | readonly Target[];
}
/** Lint (and fix, in memory) one text as the file `filename`. One result; `skipped` when it is not a manifest or the configuration excludes it. */
export declare function lintStdinText(text: string, options?: LintStdinOptions): LintRun;
