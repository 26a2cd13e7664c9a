import { createHash } from "node:crypto";
import { DOCS_REF, REPOSITORY_URL, docsUrl } from "../meta.js";
import { directiveRules } from "../engine/directives.js";
import type { Diagnostic, Rule, Severity } from "../engine/types.js";

/**
 * Findings that come from the run rather than from a manifest rule: a file that could not be
 * read, and a suppression that has expired. They are listed with the rules (SARIF, --list-rules)
 * and can be switched off or re-graded in `rules:` like any rule.
 */
export const readErrorRule: Rule = {
  meta: {
    id: "read-error",
    severity: "error",
    facts: [],
    description: "A file that could not be read: unreadable, not a regular file (a FIFO, a device), not UTF-8, larger than maxFileSize, outside the working directory, or a symlink leading outside it.",
    repair: "none",
    targets: ["kubernetes", "vm"],
  },
  create: () => ({}),
};

export const suppressionExpiredRule: Rule = {
  meta: {
    id: "suppression-expired",
    severity: "warning",
    facts: [],
    description: "A configured suppression whose `expires` date has passed: it no longer suppresses anything; fix the findings or renew it.",
    repair: "none",
    targets: ["kubernetes", "vm"],
  },
  create: () => ({}),
};

export const suppressionUnusedRule: Rule = {
  meta: {
    id: "suppression-unused",
    severity: "warning",
    facts: [],
    description: "A configured suppression that matches no finding in the files it names (among the files linted): remove it, or run --prune-suppressions.",
    repair: "none",
    targets: ["kubernetes", "vm"],
    docs: `${REPOSITORY_URL}/blob/${DOCS_REF}/README.md#adopting-on-an-existing-fleet`,
  },
  create: () => ({}),
};

export const pseudoRules: readonly Rule[] = [readErrorRule, suppressionExpiredRule];

export function fingerprintOf(parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

/** A diagnostic about the file as a whole, at line 1 column 1 (or at the given position). */
export function fileDiagnostic(
  rule: Rule,
  severity: Severity,
  message: string,
  displayPath: string,
  extra: string,
  at: { line: number; column: number; offset: number } = { line: 1, column: 1, offset: 0 },
): Diagnostic {
  return {
    ruleId: rule.meta.id,
    severity,
    message,
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.column,
    offset: at.offset,
    endOffset: at.offset,
    pointer: "",
    fingerprint: fingerprintOf([rule.meta.id, displayPath, extra]),
    docs: rule.meta.docs ?? docsUrl(rule.meta.id),
  };
}

export const writeErrorRule: Rule = {
  meta: {
    id: "write-error",
    severity: "error",
    facts: [],
    description: "A fixed file that could not be written: read-only, hard-linked or not writable by this user, --gpu-out or --vm-out outside the working directory, over a file that is not a previous output or over a copy edited since it was written, two inputs mapping to one copy, or a failed write.",
    repair: "none",
    targets: ["kubernetes", "vm"],
  },
  create: () => ({}),
};

/** Every run-level pseudo rule. */
export const runRules: readonly Rule[] = [...pseudoRules, writeErrorRule, ...directiveRules, suppressionUnusedRule];
