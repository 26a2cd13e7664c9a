import type { FileResult } from "../engine/lint.js";
import type { Target } from "../engine/types.js";
import { inertLine, inertLineStart } from "./plain-line.js";
import { linted, relativePath, targetOf, targetsOf, visible, type FormatContext } from "./types.js";

const ansi = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const plain = (s: string) => s;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

const counted = (c: Counts) => `${plural(c.errors + c.warnings + c.infos, "problem")} (${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}, ${plural(c.infos, "info")})`;

/** The results of each file together, in the order met (a file checked for several targets has one result per target). */
function byFile(results: FileResult[]): FileResult[][] {
  const groups = new Map<string, FileResult[]>();
  for (const r of results) {
    const g = groups.get(r.filePath);
    if (g === undefined) groups.set(r.filePath, [r]);
    else g.push(r);
  }
  return [...groups.values()];
}

/**
 * ESLint's stylish output: the file, then aligned `line:col  severity  message  rule-id` rows, then
 * `✖ N problems (E errors, W warnings, I infos)` and how many are fixable. Nothing when clean.
 * With several targets each message starts with its target (`[vm] ...`), the rows of a file are
 * grouped by target, and the summary adds a line per target: the row shape stays the same.
 * Paths and messages never break a line nor start one with `::` (a runner reads this output).
 */
export function format(results: FileResult[], ctx: FormatContext): string {
  const c = ctx.color === true;
  const underline = c ? ansi("4") : plain;
  const dim = c ? ansi("2") : plain;
  const sevColor = { error: c ? ansi("31") : plain, warning: c ? ansi("33") : plain, info: c ? ansi("36") : plain };
  const targets = targetsOf(results, ctx);
  const several = targets.length > 1;
  let out = "";
  const total: Counts = { errors: 0, warnings: 0, infos: 0 };
  const perTarget = new Map<Target, Counts>(targets.map((t) => [t, { errors: 0, warnings: 0, infos: 0 }]));
  let fixable = 0;
  for (const group of byFile(linted(results))) {
    const rows: (readonly [string, "error" | "warning" | "info", string, string])[] = [];
    for (const r of group) {
      const messages = visible(r.messages);
      if (messages.length === 0) continue;
      total.errors += r.errorCount;
      total.warnings += r.warningCount;
      total.infos += r.infoCount;
      fixable += r.fixableCount;
      for (const m of messages) {
        const target = targetOf(m, r);
        const tc = perTarget.get(target);
        if (tc !== undefined) tc[m.severity === "error" ? "errors" : m.severity === "warning" ? "warnings" : "infos"]++;
        const text = inertLine(m.message);
        rows.push([`${m.line}:${m.column}`, m.severity, several ? `[${target}] ${text}` : text, inertLine(m.ruleId)] as const);
      }
    }
    if (rows.length === 0) continue;
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    const w2 = Math.max(...rows.map((x) => x[2].length));
    out += `\n${underline(inertLineStart(relativePath(group[0]!.filePath, ctx.cwd)))}\n`;
    for (const [pos, sev, msg, id] of rows) {
      const pad = (text: string, width: number) => " ".repeat(width - text.length);
      out += `  ${dim(pos)}${pad(pos, w0)}  ${sevColor[sev](sev)}${pad(sev, w1)}  ${msg}${pad(msg, w2)}  ${dim(id)}\n`;
    }
  }
  if (total.errors + total.warnings + total.infos === 0) return "";
  const summary = `✖ ${counted(total)}`;
  out += `\n${c ? (total.errors > 0 ? ansi("1;31") : ansi("1;33"))(summary) : summary}\n`;
  if (several) for (const [t, tc] of perTarget) out += `  ${t}: ${counted(tc)}\n`;
  if (fixable > 0) out += several ? `  ${fixable} fixable: write a fixed copy per target with --gpu-out and --vm-out\n` : `  ${fixable} fixable with --fix\n`;
  return out + "\n";
}
