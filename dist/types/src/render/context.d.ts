import type { Diagnostic } from "../engine/types.js";
import type { Module } from "../model/manifest.js";
import { ModuleFacts } from "../model/facts.js";
import type { JNode } from "../model/node.js";
import type { FieldSource, TranslationNote } from "./types.js";
export declare class ModuleContext {
    readonly mod: Module;
    /** the module's findings (built-in rules, target kubernetes) */
    private readonly findings;
    readonly notes: TranslationNote[];
    /** what the rules read about the module, read the same way here */
    readonly facts: ModuleFacts;
    constructor(mod: Module, 
    /** the module's findings (built-in rules, target kubernetes) */
    findings: readonly Diagnostic[]);
    path(node: JNode): string;
    /**
     * The rule that reports a node: a finding of one of `hints` at the node or inside it, else any
     * finding there, else a finding of one of `hints` elsewhere in the module (e.g. on the other
     * binding of a port pair).
     */
    cite(node: JNode | undefined, hints: readonly string[]): string | undefined;
    /** Does a rule report something in this module? */
    reports(ruleId: string): boolean;
    note(node: JNode | undefined, hints: readonly string[], message: string): void;
    /** A note only when one of the rules reports it for this module (a change that matters only then). */
    noteIfReported(node: JNode | undefined, hints: readonly string[], message: string): void;
}
/** Field provenance of one object. */
export declare class Fields {
    readonly list: FieldSource[];
    add(field: readonly (string | number)[], from: string, note?: string): void;
}
