/**
 * The one list of rules a run knows, used by the library, the CLI, the action and the formatters:
 * the built-in rules, a configuration's custom rules, and the run-level rules (findings about the
 * run rather than about a manifest: read-error, write-error, suppression-expired,
 * suppression-unused, directive-invalid, directive-unused), which are listed, documented and
 * re-graded like any rule but have no check of their own.
 */
import { builtinRules } from "../rules/index.js";
import { runRules } from "./config/pseudo-rules.js";
import { appliesTo } from "./engine/lint.js";
import type { Rule, Target } from "./engine/types.js";

export class RuleRegistry {
  private readonly byId = new Map<string, Rule>();

  constructor(
    /** the rules that check manifests: built-in, then custom */
    readonly lintRules: readonly Rule[],
    /** the run's own findings */
    readonly runLevelRules: readonly Rule[] = runRules,
  ) {
    for (const r of [...lintRules, ...runLevelRules]) this.byId.set(r.meta.id, r);
  }

  /** every rule, manifest rules first: what formatters describe and `--list-rules` lists */
  get all(): Rule[] {
    return [...this.byId.values()];
  }

  get(id: string): Rule | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** the rules that run for a target (run-level rules report for every target) */
  forTarget(target: Target): Rule[] {
    return this.all.filter((r) => appliesTo(r, target));
  }
}

/** The registry of a run: the built-in rules, these custom rules, and the run-level rules. */
export function ruleRegistry(custom: readonly Rule[] = []): RuleRegistry {
  return new RuleRegistry([...builtinRules, ...custom]);
}
