import type { Config, SuppressionEntry } from "../config/types.js";
import { type FileResult } from "../engine/lint.js";
import type { SeveritySetting } from "../engine/types.js";
import type { WrittenSuppression } from "./config-edit.js";
/** A glob that matches exactly this path (picomatch's special characters escaped). */
export declare function literalGlob(path: string): string;
/** YYYY-MM-DD, `days` after `now` (UTC). */
export declare function daysFrom(now: Date, days: number): string;
export interface SuppressAllOptions {
    cwd: string;
    /** the --config file, when given: every suppression goes there */
    config?: string;
    /** only these rules' findings (--suppress-rule); all when undefined */
    rules?: ReadonlySet<string>;
    reason: string;
    expires: string;
}
/**
 * The suppressions that cover every unsuppressed finding of these results, by the configuration
 * file they go into: the file's nearest configuration, else `.iotedge-gpu-lint.yml` in the
 * working directory. One per file, rule, module and JSON pointer.
 */
export declare function suppressionsForFindings(results: readonly FileResult[], o: SuppressAllOptions): Map<string, WrittenSuppression[]>;
/** The offset of each entry of `suppressions` in a configuration's text (without BOM), for positions. */
export declare function suppressionOffsets(text: string): number[];
export interface UnusedSuppression {
    config: Config;
    /** the configuration file */
    origin: string;
    index: number;
    entry: SuppressionEntry;
    /** how many linted files its `files` name */
    named: number;
}
/**
 * The configured suppressions that cover no finding in the linted files their `files` name. A
 * suppression is judged only when it names at least one linted file and every rule it names ran
 * (a rule switched off or not for the run's target finds nothing, so its suppressions stay).
 */
export declare function unusedSuppressions(results: readonly FileResult[], configOf: (file: string) => Config, cwd: string, ran: (ruleId: string, config: Config) => boolean): UnusedSuppression[];
/** One result per configuration file, with a `suppression-unused` warning at each unused entry. */
export declare function unusedSuppressionResults(unused: readonly UnusedSuppression[], cwd: string, cliSeverities?: Readonly<Record<string, SeveritySetting>>): FileResult[];
