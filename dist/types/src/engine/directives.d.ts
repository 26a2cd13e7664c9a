import type { Source } from "../source.js";
import { type Diagnostic, type Rule, type SeveritySetting, type Target } from "./types.js";
export declare const DIRECTIVE = "iotedge-gpu-lint-disable-next-line";
export declare const directiveInvalidRule: Rule;
export declare const directiveUnusedRule: Rule;
export declare const directiveRules: readonly Rule[];
/** A `//` comment outside strings: its text after `//`, and where it starts and ends. */
export interface LineComment {
    body: string;
    start: number;
    end: number;
}
/** The `//` comments of a text, skipping string contents and block comments. */
export declare function lineComments(text: string): LineComment[];
export interface Directive {
    comment: LineComment;
    /** the line the directive is on (1-based) */
    line: number;
    rules: string[];
    reason: string;
    /** why the directive is invalid */
    problem?: string;
}
/** The directives of a text, each checked against the known rule ids. */
export declare function parseDirectives(source: Source, known: ReadonlySet<string>): Directive[];
export interface DirectiveSettings {
    /** every rule of the run (to tell unknown ids) */
    rules: readonly Rule[];
    /** the rules that ran on this file (a directive naming another one is not reported unused) */
    ran: ReadonlySet<string>;
    severities?: Readonly<Record<string, SeveritySetting>>;
    display: string;
    target: Target;
}
/**
 * Marks the findings the directives suppress (`suppressed`, in place) and returns the findings
 * about the directives themselves.
 */
export declare function applyDirectives(source: Source, messages: Diagnostic[], s: DirectiveSettings): Diagnostic[];
