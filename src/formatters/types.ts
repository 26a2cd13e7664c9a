import { relative, sep } from "node:path";
import type { FileResult } from "../engine/lint.js";
import { DEFAULT_TARGET, TARGETS, type Diagnostic, type Rule, type Target } from "../engine/types.js";

export interface FormatContext {
  /** paths are shown relative to it */
  cwd: string;
  /** every rule that may appear in the results (descriptions, docs, SARIF rule table) */
  rules: readonly Rule[];
  /** ANSI colours (stylish): the CLI sets it when stdout is a TTY and NO_COLOR is unset */
  color?: boolean;
  /**
   * the targets the run checked for; with several, findings show theirs and SARIF has a run per
   * target. Default: the targets the results carry, else kubernetes.
   */
  targets?: readonly Target[];
}

export type Formatter = (results: FileResult[], ctx: FormatContext) => string;

/** The workspace-relative, `/`-separated path of a result. */
export function relativePath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath) || filePath;
  return sep === "/" ? rel : rel.split(sep).join("/");
}

/** Results that were linted (not skipped non-manifests). */
export function linted<R extends { skipped?: boolean }>(results: readonly R[]): R[] {
  return results.filter((r) => !r.skipped);
}

export function visible(messages: Diagnostic[]): Diagnostic[] {
  return messages.filter((m) => m.suppressed === undefined);
}

/** The run's targets: the context's, else those the results and findings carry (in TARGETS order), else the default. */
export function targetsOf(results: readonly { target?: Target; messages: readonly { target?: Target }[] }[], ctx: FormatContext): readonly Target[] {
  if (ctx.targets !== undefined && ctx.targets.length > 0) return ctx.targets;
  const seen = new Set<Target>();
  for (const r of results) {
    if (r.target !== undefined) seen.add(r.target);
    for (const m of r.messages) if (m.target !== undefined) seen.add(m.target);
  }
  const found = TARGETS.filter((t) => seen.has(t));
  return found.length > 0 ? found : [DEFAULT_TARGET];
}

/** The target a finding was checked for: its own, else its file's, else the default. */
export function targetOf(m: { target?: Target }, r: { target?: Target }): Target {
  return m.target ?? r.target ?? DEFAULT_TARGET;
}
