/**
 * Plain output a CI runner reads line by line (stylish, the action's log): a runner splits lines
 * at CR or LF and runs any line that starts with `::` as a workflow command. Paths and messages
 * come from files, so their line breaks are shown as `\r` / `\n` and a line can never start with
 * text from a file that begins with `::`.
 */
const BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/g;
const SHOWN: Record<string, string> = { "\r\n": "\\r\\n", "\r": "\\r", "\n": "\\n" };

/** `s` on one line: CR and LF shown as `\r` and `\n`, other line separators as spaces. */
export function inertLine(s: string): string {
  return s.replace(BREAK, (c) => SHOWN[c] ?? " ");
}

/** Text placed at the start of an output line: also never begins a workflow command. */
export function inertLineStart(s: string, prefix = "./"): string {
  const t = inertLine(s);
  return /^\s*::/.test(t) ? `${prefix}${t}` : t;
}
