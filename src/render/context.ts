/** What a module's translation collects while it runs: notes citing rules, and where fields came from. */
import { pointerOf } from "../engine/position.js";
import type { Diagnostic } from "../engine/types.js";
import type { Module } from "../model/manifest.js";
import { ModuleFacts } from "../model/facts.js";
import type { JNode } from "../model/node.js";
import { modulePath } from "./paths.js";
import type { FieldSource, TranslationNote } from "./types.js";

export class ModuleContext {
  readonly notes: TranslationNote[] = [];
  /** what the rules read about the module, read the same way here */
  readonly facts: ModuleFacts;

  constructor(
    readonly mod: Module,
    /** the module's findings (built-in rules, target kubernetes) */
    private readonly findings: readonly Diagnostic[],
  ) {
    this.facts = new ModuleFacts(mod);
  }

  path(node: JNode): string {
    return modulePath(this.mod, node);
  }

  /**
   * The rule that reports a node: a finding of one of `hints` at the node or inside it, else any
   * finding there, else a finding of one of `hints` elsewhere in the module (e.g. on the other
   * binding of a port pair).
   */
  cite(node: JNode | undefined, hints: readonly string[]): string | undefined {
    const p = node === undefined ? undefined : pointerOf(node);
    const near = p === undefined ? [] : this.findings.filter((f) => f.pointer === p || f.pointer.startsWith(p + "/"));
    for (const h of hints) if (near.some((f) => f.ruleId === h)) return h;
    if (near.length > 0) return near[0]!.ruleId;
    for (const h of hints) if (this.findings.some((f) => f.ruleId === h)) return h;
    return undefined;
  }

  /** Does a rule report something in this module? */
  reports(ruleId: string): boolean {
    return this.findings.some((f) => f.ruleId === ruleId);
  }

  note(node: JNode | undefined, hints: readonly string[], message: string): void {
    const n: TranslationNote = { message, from: node === undefined ? "" : this.path(node) };
    const ruleId = this.cite(node, hints);
    if (ruleId !== undefined) n.ruleId = ruleId;
    this.notes.push(n);
  }

  /** A note only when one of the rules reports it for this module (a change that matters only then). */
  noteIfReported(node: JNode | undefined, hints: readonly string[], message: string): void {
    if (hints.some((h) => this.reports(h))) this.note(node, hints, message);
  }
}

/** Field provenance of one object. */
export class Fields {
  readonly list: FieldSource[] = [];
  add(field: readonly (string | number)[], from: string, note?: string): void {
    if (from === "") return;
    const f: FieldSource = { field, from };
    if (note !== undefined) f.note = note;
    this.list.push(f);
  }
}
