import { relative, sep } from "node:path";
import type { FileResult } from "../engine/lint.js";
import type { Diagnostic, Rule } from "../engine/types.js";

export interface FormatContext {
  /** paths are shown relative to it */
  cwd: string;
  /** every rule that may appear in the results (descriptions, docs, SARIF rule table) */
  rules: readonly Rule[];
  /** ANSI colours (stylish): the CLI sets it when stdout is a TTY and NO_COLOR is unset */
  color?: boolean;
}

export type Formatter = (results: FileResult[], ctx: FormatContext) => string;

/** The workspace-relative, `/`-separated path of a result. */
export function relativePath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath) || filePath;
  return sep === "/" ? rel : rel.split(sep).join("/");
}

/** Results that were linted (not skipped non-manifests). */
export function linted(results: FileResult[]): FileResult[] {
  return results.filter((r) => !r.skipped);
}

export function visible(messages: Diagnostic[]): Diagnostic[] {
  return messages.filter((m) => m.suppressed === undefined);
}
