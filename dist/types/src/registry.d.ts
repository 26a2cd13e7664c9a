import type { Rule, Target } from "./engine/types.js";
export declare class RuleRegistry {
    /** the rules that check manifests: built-in, then custom */
    readonly lintRules: readonly Rule[];
    /** the run's own findings */
    readonly runLevelRules: readonly Rule[];
    private readonly byId;
    constructor(
    /** the rules that check manifests: built-in, then custom */
    lintRules: readonly Rule[], 
    /** the run's own findings */
    runLevelRules?: readonly Rule[]);
    /** every rule, manifest rules first: what formatters describe and `--list-rules` lists */
    get all(): Rule[];
    get(id: string): Rule | undefined;
    has(id: string): boolean;
    /** the rules that run for a target (run-level rules report for every target) */
    forTarget(target: Target): Rule[];
}
/** The registry of a run: the built-in rules, these custom rules, and the run-level rules. */
export declare function ruleRegistry(custom?: readonly Rule[]): RuleRegistry;
