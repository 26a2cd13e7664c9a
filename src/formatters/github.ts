import type { FileResult } from "../engine/lint.js";
import { linted, relativePath, targetOf, targetsOf, visible, type FormatContext } from "./types.js";

/** Escaping of a workflow command's message (data). */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escaping of a workflow command's property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

/**
 * GitHub Actions workflow commands: one `::error|warning|notice ...::message` line per finding;
 * with several targets the title names the finding's (`no-host-binds [vm]`).
 */
export function format(results: FileResult[], ctx: FormatContext): string {
  const several = targetsOf(results, ctx).length > 1;
  let out = "";
  for (const r of linted(results)) {
    const file = relativePath(r.filePath, ctx.cwd);
    for (const m of visible(r.messages)) {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(several ? `${m.ruleId} [${targetOf(m, r)}]` : m.ruleId)}`,
      ].join(",");
      out += `::${COMMAND[m.severity]} ${props}::${escapeData(m.message)}\n`;
    }
  }
  return out;
}
