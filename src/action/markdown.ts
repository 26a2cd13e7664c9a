/**
 * Making untrusted text inert in GitHub markdown. Everything the action writes into a comment,
 * a review, the sticky comment, the job summary or a fix pull request that comes from a
 * manifest, a file name or a findings file goes through here:
 *
 * - `code(s)`: names and paths, as a code span the content cannot close (fence longer than any
 *   backtick run). Inside a code span GitHub renders no HTML, mentions, references or links;
 *   the only thing left to break is our own hidden marker `<!--`, which gets a zero-width joiner.
 * - `text(s)`: prose (messages, notes) as escaped inline text: `&`, `<`, `>` as entities (no HTML,
 *   no hidden comments, no autolinks in angle brackets), backslash before the markdown characters
 *   that start code, emphasis or links, and a zero-width joiner after `@` (no mentions), after a
 *   `#` before a digit (no issue references) and inside `://` and `www.` (no bare-URL links).
 *   A leading block marker (`#`, `-`, `+`, `=`, `|`, `1.`) is escaped so the text stays a paragraph.
 * - `cell(md)`: inline markdown made safe for a table cell (pipes escaped, also inside code spans).
 * - `docsLink(url)`: only https links to this project's rule pages survive.
 *
 * Every function turns line breaks (CR, LF, CRLF, U+2028/9, U+0085) into spaces, drops other
 * control characters and caps the length (in code points, with an ellipsis).
 */

import { inertLineStart } from "../index.js";

export const ZWJ = "\u200d";

/** Default length caps, in code points. */
export const CAPS = { name: 200, path: 400, message: 2000, note: 2000 } as const;

/** This project's rule pages, at any branch or tag: the only links untrusted findings may carry. */
const DOCS_LINK = /^https:\/\/github\.com\/iotedge-gpu-lint\/iotedge-gpu-lint\/blob\/[A-Za-z0-9][A-Za-z0-9._-]{0,99}\/rules\/[a-z0-9][a-z0-9-]{0,80}\.md$/;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/** One line of plain text: line breaks and tabs become spaces, other control and bidi characters go. */
export function oneLine(s: string): string {
  return s.replace(LINE_BREAK, " ").replace(/\t/g, " ").replace(CONTROL, "");
}

/** At most `max` code points; a cut string ends in "…". */
export function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  const points = Array.from(s);
  return points.length <= max ? s : points.slice(0, Math.max(0, max - 1)).join("") + "…";
}

/** A code span holding `s` literally that its content cannot close or turn into a marker. */
export function code(s: string, max: number = CAPS.name): string {
  const body = cap(oneLine(s), max).replace(/<!--/g, `<${ZWJ}!--`);
  if (body === "") return "` `";
  let longest = 0;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  // CommonMark strips one space on each side when both are there: pad when the content
  // starts or ends with a backtick or a space, so it shows exactly
  const pad = /^[` ]|[` ]$/.test(body) ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Escaped inline markdown text that renders as `s` (capped, on one line) and does nothing else. */
export function text(s: string, max: number = CAPS.message): string {
  let t = cap(oneLine(s), max).trim();
  t = t
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/:\/\//g, `:${ZWJ}//`)
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWJ}.`);
  // a block marker at the start would turn a paragraph into a heading, list, rule or table
  if (/^[#+=|-]/.test(t)) t = `\\${t}`;
  else t = t.replace(/^(\d+)([.)])/, "$1\\$2");
  return t;
}

/** Inline markdown (built with `code`/`text`) made safe as one table cell: every `|` escaped. */
export function cell(md: string): string {
  // an escaped pipe needs an odd number of backslashes before it (inside code spans too,
  // where the table parser, not the inline one, reads them)
  return md.replace(LINE_BREAK, " ").replace(/(\\*)\|/g, (_m, bs: string) => `${bs}${bs.length % 2 === 0 ? "\\" : "\\\\"}|`);
}

/** The url when it is one of this project's rule pages, else undefined. */
export function docsLink(url: string | undefined): string | undefined {
  return url !== undefined && DOCS_LINK.test(url) ? url : undefined;
}

/** `[`ruleId`](docs)` when the docs link is one of ours, else the rule id as code. */
export function ruleRef(ruleId: string, docs: string | undefined): string {
  const link = docsLink(docs);
  return link === undefined ? code(ruleId, 100) : `[${code(ruleId, 100)}](${link})`;
}

/** Untrusted text for the runner's log (core.info writes it raw): no line break, no `::` line start. */
export function logText(s: string, max = 2000): string {
  return cap(inertLineStart(s.replace(CONTROL, ""), "> "), max);
}
