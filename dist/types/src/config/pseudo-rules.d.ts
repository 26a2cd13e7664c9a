import type { Diagnostic, Rule, Severity } from "../engine/types.js";
/**
 * Findings that come from the run rather than from a manifest rule: a file that could not be
 * read, and a suppression that has expired. They are listed with the rules (SARIF, --list-rules)
 * and can be switched off or re-graded in `rules:` like any rule.
 */
export declare const readErrorRule: Rule;
export declare const suppressionExpiredRule: Rule;
export declare const suppressionUnusedRule: Rule;
export declare const pseudoRules: readonly Rule[];
export declare function fingerprintOf(parts: string[]): string;
/** A diagnostic about the file as a whole, at line 1 column 1 (or at the given position). */
export declare function fileDiagnostic(rule: Rule, severity: Severity, message: string, displayPath: string, extra: string, at?: {
    line: number;
    column: number;
    offset: number;
}): Diagnostic;
export declare const writeErrorRule: Rule;
/** Every run-level pseudo rule. */
export declare const runRules: readonly Rule[];
