import type { FileResult } from "../engine/lint.js";
import { inertLine, inertLineStart } from "./plain-line.js";
import { linted, relativePath, visible, type FormatContext } from "./types.js";

const ansi = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const plain = (s: string) => s;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * ESLint's stylish output: the file, then aligned `line:col  severity  message  rule-id` rows, then
 * `✖ N problems (E errors, W warnings, I infos)` and how many are fixable. Nothing when clean.
 * Paths and messages never break a line nor start one with `::` (a runner reads this output).
 */
export function format(results: FileResult[], ctx: FormatContext): string {
  const c = ctx.color === true;
  const underline = c ? ansi("4") : plain;
  const dim = c ? ansi("2") : plain;
  const sevColor = { error: c ? ansi("31") : plain, warning: c ? ansi("33") : plain, info: c ? ansi("36") : plain };
  let out = "";
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of linted(results)) {
    const messages = visible(r.messages);
    if (messages.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixable += r.fixableCount;
    const rows = messages.map((m) => [`${m.line}:${m.column}`, m.severity, inertLine(m.message), inertLine(m.ruleId)] as const);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    const w2 = Math.max(...rows.map((x) => x[2].length));
    out += `\n${underline(inertLineStart(relativePath(r.filePath, ctx.cwd)))}\n`;
    for (const [pos, sev, msg, id] of rows) {
      const pad = (text: string, width: number) => " ".repeat(width - text.length);
      out += `  ${dim(pos)}${pad(pos, w0)}  ${sevColor[sev](sev)}${pad(sev, w1)}  ${msg}${pad(msg, w2)}  ${dim(id)}\n`;
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return "";
  const summary = `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")})`;
  out += `\n${c ? (errors > 0 ? ansi("1;31") : ansi("1;33"))(summary) : summary}\n`;
  if (fixable > 0) out += `  ${fixable} fixable with --fix\n`;
  return out + "\n";
}
