/**
 * Targets as the CLI and lintFiles take them: a list (`kubernetes,vm`), a fixed copy per target
 * (`--gpu-out` for kubernetes, `--vm-out` for vm) and the one combination that cannot work
 * (fixing several targets in place). Kept free of the engine so that argument parsing stays light.
 */
import { type Target } from "./engine/types.js";
/** The suggested pattern of each target's fixed copy: `deployment.json` → `deployment.gpu.json`, `deployment.vm.json`. */
export declare const DEFAULT_COPY_PATTERNS: Readonly<Record<Target, string>>;
/** The CLI option that names each target's copy pattern. */
export declare const COPY_OPTIONS: Readonly<Record<Target, string>>;
/** Targets or copies asked for in a way that cannot work: a usage error (the CLI exits 2). */
export declare class TargetOptionsError extends Error {
    name: string;
}
/**
 * `vm`, `kubernetes,vm` or `["kubernetes", "vm"]` as a list of targets, each once, in the order
 * given. Throws a TargetOptionsError naming `what` for an unknown or empty target.
 */
export declare function parseTargets(value: string | readonly string[], what?: string): Target[];
/** Each target's copy pattern, as given (`gpuOut` for kubernetes, `vmOut` for vm). */
export interface CopyPatterns {
    gpuOut?: string;
    vmOut?: string;
}
export declare function copyPatternFor(target: Target, copies: CopyPatterns): string | undefined;
/**
 * Why fixing in place cannot be done for these targets, or undefined when it can: one file cannot
 * hold the fixes of two targets, so with several targets every target needs its copy pattern.
 */
export declare function inPlaceConflict(targets: readonly Target[], copies: CopyPatterns): string | undefined;
