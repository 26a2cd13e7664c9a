/**
 * Workflow-command annotations within GitHub's per-step limits: at most 10 per level
 * (error, warning, notice) and 50 per job; extras are dropped by GitHub without a word, so we
 * choose: errors first, then warnings, then infos, and say how many were left out.
 * Titles and messages are plain text on one line, capped; a docs link is shown only when it is
 * one of this project's rule pages. (`@actions/core` escapes CR, LF and `%` in the command.)
 */
import * as core from "@actions/core";
import type { Finding } from "./findings.js";
import { cap as capLength, docsLink, oneLine } from "./markdown.js";

export const PER_LEVEL = 10;
export const PER_JOB = 50;

export interface AnnotationResult {
  shown: number;
  omitted: number;
}

/** `reservedNotices`: notice slots kept for the action's own messages (fork notice, omitted count). */
export function annotate(findings: Finding[], reservedNotices = 0, showTarget = false): AnnotationResult {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity] || a.path.localeCompare(b.path) || a.line - b.line);
  const used = { error: 0, warning: 0, info: 0 };
  let shown = 0;
  let omitted = 0;
  const noticeCap = Math.max(0, PER_LEVEL - reservedNotices - 1);
  for (const f of sorted) {
    const cap = f.severity === "info" ? noticeCap : PER_LEVEL;
    if (used[f.severity] >= cap || shown >= PER_JOB) {
      omitted++;
      continue;
    }
    used[f.severity]++;
    shown++;
    const props: core.AnnotationProperties = {
      title: `iotedge-gpu-lint: ${f.ruleId}${showTarget ? ` (${f.target ?? "kubernetes"})` : ""}`,
      file: f.path,
      startLine: f.line,
      endLine: f.endLine,
    };
    if (f.line === f.endLine) {
      props.startColumn = f.column;
      props.endColumn = f.endColumn;
    }
    const docs = docsLink(f.docs);
    const msg = capLength(oneLine(f.message), 2000) + (docs === undefined ? "" : ` (${docs})`);
    if (f.severity === "error") core.error(msg, props);
    else if (f.severity === "warning") core.warning(msg, props);
    else core.notice(msg, props);
  }
  if (omitted > 0) core.notice(`iotedge-gpu-lint: ${omitted} more finding(s) not annotated (GitHub shows 10 per level per step); see the job summary.`);
  return { shown, omitted };
}
