import type { FileResult } from "../engine/lint.js";
import { linted, type FormatContext } from "./types.js";

/**
 * One entry per linted file, ESLint-like: `fix` and `suggestions[].fix` as `{range, text}` over the
 * file's text (offsets after a BOM, as ESLint counts them). Each entry and finding names the
 * `target` it was checked for; a file checked for several targets has an entry per target.
 */
export function format(results: FileResult[], _ctx: FormatContext): string {
  const out = linted(results).map((r) => {
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
        if (m.fix !== undefined) msg.fix = { range: [m.fix.start, m.fix.end], text: m.fix.text };
        const sugg = (m.suggestions ?? []).filter((s) => s.fix !== undefined);
        if (sugg.length > 0) msg.suggestions = sugg.map((s) => ({ desc: s.message, fix: { range: [s.fix!.start, s.fix!.end], text: s.fix!.text } }));
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
