import { type Manifest, type ManifestResult } from "../model/manifest.js";
import type { JNode } from "../model/node.js";
import { type Diagnostic, type Edit, type LegacyRule, type Rule, type SeveritySetting, type Suppression, type Target, type VmOptions } from "./types.js";
/** Decides whether a finding is suppressed (config `suppressions`). */
export type SuppressionMatcher = (d: {
    ruleId: string;
    module?: string;
    pointer: string;
    filePath: string;
}) => Suppression | undefined;
export interface LintSettings {
    rules: readonly Rule[];
    /** the target to check for (default `kubernetes`); only rules that name it run */
    target?: Target;
    /** site settings for the `vm` target */
    vm?: VmOptions;
    /** severity per rule id; `off` disables it */
    severities?: Readonly<Record<string, SeveritySetting>>;
    suppress?: SuppressionMatcher;
    /** the path findings and fingerprints name (relative to the workspace); defaults to the file path */
    displayPath?: string;
    /**
     * give each fix and suggestion as text too: `fixEdits` (text edits over the file) and, when they
     * are close together, `fix` (one replacement, as ESLint does), for outputs that show fixes (JSON,
     * SARIF, review suggestions); default true. Laying a fix out in the file's style costs more than
     * finding the problem, so the CLI asks for it only for those.
     */
    fixText?: boolean;
}
export interface FileResult {
    filePath: string;
    messages: Diagnostic[];
    errorCount: number;
    warningCount: number;
    infoCount: number;
    fixableCount: number;
    /** the target the file was checked for (set by lintFiles, which checks a file once per target) */
    target?: Target;
    /** the file is JSON but not an IoT Edge manifest: nothing was checked */
    skipped?: boolean;
    /** the fixed text, when fixing was asked for and changed something */
    output?: string;
}
export interface SyntaxFailure {
    message: string;
    offset: number;
    length: number;
}
/** Rules may also look at a file that could not be parsed (invalid-json). */
export interface SyntaxRule extends Rule {
    checkSyntax?(failure: SyntaxFailure, report: (message: string) => void): void;
}
/** Fill in `fix`/`fixEdits` (and each suggestion's), where the edits can be placed. */
export declare function describeFixes(manifest: Manifest, messages: readonly Diagnostic[]): void;
/** Does the rule run for this target? (A rule without `targets`, from older custom code, is a Kubernetes rule.) */
export declare function appliesTo(rule: Rule, target: Target): boolean;
export declare function summarize(filePath: string, messages: Diagnostic[], extra?: Partial<FileResult>): FileResult;
/** Lint one file's text. Never throws for bad input: a file that does not parse is a finding. */
export declare function lintText(filePath: string, raw: string, settings: LintSettings): {
    result: FileResult;
    manifest?: Manifest;
};
export declare function lintRead(filePath: string, read: ManifestResult, settings: LintSettings): {
    result: FileResult;
    manifest?: Manifest;
};
/**
 * A rule of the 1.0 shape (`check` over the whole manifest) as a rule of this one: its check runs
 * when the walk starts.
 */
export declare function fromLegacyRule(rule: LegacyRule): Rule;
/** `{{name}}` holes of a message template filled from `data`; a hole without data is a rule bug (thrown). */
export declare function interpolate(template: string, data: Readonly<Record<string, string | number>> | undefined): string;
export type { Edit, JNode };
