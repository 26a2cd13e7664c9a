import type { FileResult } from "../engine/lint.js";
import { fixShape, SharedFixes, type FixShape } from "./fix-shape.js";
import { linted, type FormatContext } from "./types.js";

/** `fix` (one `{range, text}`, ESLint's shape) or `fixEdits` (a list of them, for edits far apart). */
function fixMembers(shape: FixShape | undefined): Record<string, unknown> {
  if (shape === undefined) return {};
  if (shape.kind === "single") return { fix: { range: [shape.edit.start, shape.edit.end], text: shape.edit.text } };
  return { fixEdits: shape.edits.map((e) => ({ range: [e.start, e.end], text: e.text })) };
}

/**
 * One entry per linted file, ESLint-like. A fix is `fix: {range, text}` over the file's text
 * (offsets after a BOM, as ESLint counts them) when its changes are close together, else
 * `fixEdits: [{range, text}, ...]` (sorted, not overlapping; apply all of them). A fix that several
 * findings share is written once, on the first; the others say `fixSameAs: <its fingerprint>`.
 * Suggestions have the same `fix` or `fixEdits`. A fix the guard withheld is `fixWithheld: <why>`.
 * Each entry and finding names the `target` it was checked for; a file checked for several targets
 * has an entry per target.
 */
export function format(results: FileResult[], _ctx: FormatContext): string {
  const out = linted(results).map((r) => {
    const shared = new SharedFixes();
    const entry: Record<string, unknown> = {
      filePath: r.filePath,
      // a file checked for several targets has an entry per target
      ...(r.target !== undefined ? { target: r.target } : {}),
      messages: r.messages.map((m) => {
        const msg: Record<string, unknown> = {
          ruleId: m.ruleId,
          severity: m.severity,
          message: m.message,
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
          module: m.module ?? null,
          ...((m.target ?? r.target) !== undefined ? { target: m.target ?? r.target } : {}),
          fingerprint: m.fingerprint,
        };
        if (m.suppressed !== undefined) msg.suppressed = m.suppressed;
        const shape = fixShape(m);
        if (shape !== undefined) {
          const first = shared.sameAs(m);
          if (first !== undefined) msg.fixSameAs = first;
          else Object.assign(msg, fixMembers(shape));
        }
        if (m.fixWithheld !== undefined) msg.fixWithheld = m.fixWithheld;
        const sugg = (m.suggestions ?? []).filter((s) => fixShape(s) !== undefined);
        if (sugg.length > 0) msg.suggestions = sugg.map((s) => ({ desc: s.message, ...fixMembers(fixShape(s)) }));
        return msg;
      }),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
      fixableCount: r.fixableCount,
    };
    if (r.output !== undefined) entry.output = r.output;
    return entry;
  });
  return JSON.stringify(out, null, 2) + "\n";
}
