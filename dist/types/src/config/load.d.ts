import { type RuleRegistry } from "../registry.js";
import type { LintSettings, SuppressionMatcher } from "../engine/lint.js";
import type { Diagnostic, Rule, SeveritySetting, Target, VmOptions } from "../engine/types.js";
import { ConfigError } from "./errors.js";
import { type Config, type SuppressionEntry } from "./types.js";
export { ConfigError };
export type { Config, SuppressionEntry };
/** Every rule id a configuration may name: built-in, custom and the run's own (`read-error`...). */
export declare function knownRuleIds(extra?: readonly Rule[]): string[];
/** Parse and validate a configuration's text (YAML, or JSON when `origin` ends in .json). */
export declare function parseConfigText(text: string, origin: string): Config;
/** Read and validate one configuration file: a regular file (never a FIFO or a device) of at most 1 MiB. */
export declare function loadConfigFile(path: string): Config;
/**
 * The highest folder the configuration search may reach from inside `cwd`: the repository root
 * (the nearest folder at or above `cwd` holding `.git`), else `cwd` itself. Without a `.git`,
 * nothing above the working directory is read (a stray file in /tmp or a home folder never applies).
 */
export declare function configSearchTop(cwd: string): string;
/**
 * The configuration file of a folder, given which of CONFIG_FILE_NAMES it holds: none, or the one;
 * several are an error (which one wins would be a guess). The CLI and the action (which reads
 * folders through the API) both decide with this.
 */
export declare function configFileIn(dir: string, present: readonly string[]): string | undefined;
/**
 * The configuration file that applies to files in `startDir`: the nearest one walking up. The
 * search stops after a folder holding `.git` (the repository root), after `stopDir`, and never
 * climbs above the search top of the working directory (`configSearchTop(cwd)`, default the
 * process's): a folder outside it is searched alone (and up to its own `.git`, when it has one).
 */
export declare function findConfig(startDir: string, stopDir?: string, cwd?: string): string | undefined;
/** The workspace-relative, `/`-separated path that findings, globs and fingerprints use. */
export declare function displayPathOf(filePath: string, cwd: string): string;
/** Whether a file found by walking a directory or a glob is linted under this configuration. */
export declare function isIncluded(config: Config, displayPath: string): boolean;
export declare function isExcluded(config: Config, displayPath: string): boolean;
/** The last day a suppression still applies is its `expires` date (UTC). */
export declare function isExpired(s: SuppressionEntry, now: Date): boolean;
export interface SettingsOptions {
    now?: Date;
    /** the workspace: display paths are relative to it (default: the process's working directory) */
    cwd?: string;
    /** severities given on the command line; they win over the file's */
    rules?: Record<string, SeveritySetting>;
    /** the target to check for (default: the configuration's first) */
    target?: Target;
    /** the targets given on the command line or to lintFiles; they win over the file's (--print-config) */
    targets?: readonly Target[];
    /** vm site settings that win over the file's, key by key */
    vm?: VmOptions;
}
/** Whether a suppression covers a finding (its expiry aside). */
export declare function suppressionCovers(s: SuppressionEntry, d: {
    ruleId: string;
    module?: string | undefined;
    pointer: string;
    filePath: string;
}): boolean;
/** Whether a suppression's `files` globs name this workspace-relative path. */
export declare function suppressionNamesFile(s: SuppressionEntry, displayPath: string): boolean;
export declare function suppressionMatcher(config: Config, now: Date): SuppressionMatcher;
/** The vm site settings for a run: the configuration's, with the caller's winning key by key. */
export declare function vmFor(config: Config, options?: {
    vm?: VmOptions;
}): VmOptions;
/** The registry of a configuration (built-in, its custom rules, run-level), made once per configuration. */
export declare function registryOf(config: Config): RuleRegistry;
/** The engine settings for one file under a configuration. */
export declare function settingsFromConfig(config: Config, filePath: string, options?: SettingsOptions): LintSettings;
/** One `suppression-expired` warning per expired suppression whose `files` match this file. */
export declare function expiredSuppressionDiagnostics(config: Config, displayPath: string, now: Date, severities?: Record<string, SeveritySetting>): Diagnostic[];
/** The configuration as --print-config shows it for one file. */
export declare function resolvedConfigFor(config: Config, filePath: string, options?: SettingsOptions): Record<string, unknown>;
