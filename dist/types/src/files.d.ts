import { ConfigError } from "./config/errors.js";
import { ConfigResolver } from "./config/resolver.js";
import { type FileResult } from "./engine/lint.js";
import { type Diagnostic, type Rule, type SeveritySetting, type Target, type VmOptions } from "./engine/types.js";
import { type UnusedSuppression } from "./brownfield/suppressions.js";
export interface LintFilesOptions {
    /** the workspace (default: the process's working directory) */
    cwd?: string;
    /** a configuration file for every file (default: the nearest one above each file) */
    config?: string;
    /** the run's configuration resolver (the CLI shares one between its steps); made from cwd and config when absent */
    configs?: ConfigResolver;
    /**
     * keep each finding's fix as JSON edits (`edits`, which point into the file's model); default
     * true. With false they are dropped once the file's findings are built (a finding keeps an
     * empty `edits` to say that it is fixable, and its fix text), so that each file's model is freed
     * before the next is read: the CLI, whose outputs print fix text, never edits.
     */
    keepEdits?: boolean;
    /** apply fixes and write the files */
    fix?: boolean;
    /** compute fixes (`output`) and write nothing */
    fixDryRun?: boolean;
    /** write the Kubernetes target's fixed copy to this pattern (`{dir}/{name}.gpu{ext}`, `{base}`), never touching the original */
    gpuOut?: string;
    /** write the vm target's fixed copy to this pattern (`{dir}/{name}.vm{ext}`), never touching the original */
    vmOut?: string;
    /**
     * the target(s) to check for, overriding the configuration's `target`; each file is linted
     * once per target (one result each). With several, `fix` needs a copy pattern for each.
     */
    target?: Target | readonly Target[];
    /** vm site settings (`shareRoot`, `allowedBindSources`); they win over the configuration's `vm`, key by key */
    vm?: VmOptions;
    /** severities that win over the configuration's */
    rules?: Record<string, SeveritySetting>;
    /** bytes; overrides the configuration's `maxFileSize` */
    maxFileSize?: number;
    /** the date suppressions expire against (default: now) */
    now?: Date;
    /** give each fix as one text replacement (`fix`), for outputs that show fixes (default true) */
    fixText?: boolean;
    /** read (and fix) files whose real path is outside `cwd`; by default they are a `read-error` */
    allowOutsideCwd?: boolean;
}
/** One file's result for one target (a file checked for several targets has one outcome per target). */
export interface FileOutcome extends FileResult {
    /** the text as read, when fixes were computed (for diffs) */
    source?: string;
    /** where the fixed text was written */
    writtenTo?: string;
}
export interface LintRun {
    results: FileOutcome[];
    /** every rule that ran (built-in, custom and the run's own), for formatters */
    rules: Rule[];
    /** the targets the files were checked for, in the order of TARGETS (formatters show them when several) */
    targets?: Target[];
    /** configured suppressions that matched no finding (reported as `suppression-unused`; --prune-suppressions removes them) */
    unusedSuppressions: UnusedSuppression[];
}
/** A path or glob that matches nothing: a usage error, not a lint result. */
export declare class FileSearchError extends Error {
    name: string;
}
/** Expand a --gpu-out (or --vm-out) pattern for one file: `{dir}`, `{name}`, `{ext}`, `{base}`. */
export declare function gpuOutPath(pattern: string, filePath: string, cwd: string): string;
/** Offset of the first byte that is not part of valid UTF-8, or -1. */
export declare function firstInvalidUtf8(buf: Uint8Array): number;
/**
 * Write a file's new bytes through a temporary file and a rename, keeping its mode and, when
 * given, its owner (the temporary file is chown'ed before the rename: root fixing another user's
 * file leaves it theirs). Fails, writing nothing, when the owner cannot be kept.
 */
export declare function writeAtomic(path: string, text: string, mode?: number, owner?: {
    uid: number;
    gid: number;
}): void;
/** The file in each --gpu-out folder that records what was written there: output name → SHA-256 of its text. */
export declare const GPU_OUT_RECORD = ".iotedge-gpu-lint-outputs";
/** The result with more findings, counts recomputed, every other field kept. */
export declare function withMessages<T extends FileResult>(result: T, extra: Diagnostic[]): T;
/** Find, read, lint (and fix) files; one result per file, sorted by path (non-manifests `skipped`). Never throws for a bad file. */
export declare function lintFilesDetailed(patterns: string[], options?: LintFilesOptions): Promise<LintRun>;
/**
 * The result marked with its target; findings that come from the run (read-error, write-error,
 * suppression-expired) get it too, with the target in their fingerprint as the engine does for
 * every target but the default one.
 */
export declare function forTarget<T extends FileResult>(result: T, target: Target): T;
/** Find, read, lint (and fix) files; one result per file (non-manifests come back `skipped`). */
export declare function lintFiles(patterns: string[], options?: LintFilesOptions): Promise<FileResult[]>;
export { ConfigError };
