import type { ContainerIndex } from "../json/document.js";
import { detectEol, detectIndent } from "../source.js";

/** How a container writes its entries, so that a new entry looks like its neighbours. */
export interface Layout {
  multiline: boolean;
  /** indentation of an entry (multi-line) */
  indent: string;
  /** one indentation level */
  unit: string;
  eol: string;
  /** between a key and its value: ": " or ":" */
  colon: string;
  /** after a comma on one line: " " or "" */
  gap: string;
  /** indentation of the closing bracket's line */
  closeIndent: string;
}

export interface TextStyle {
  eol: string;
  unit: string;
  colon: string;
  gap: string;
  pretty: boolean;
}

export function textStyle(text: string): TextStyle {
  const pretty = text.includes("\n") || text.includes("\r");
  const colonMatch = /"\s*:([ \t]*)/.exec(text);
  const gapMatch = /[\]}"\d el],([ \t]*)["{[\d\-tfn]/.exec(text);
  return {
    eol: detectEol(text),
    unit: detectIndent(text),
    colon: colonMatch ? ":" + colonMatch[1] : pretty ? ": " : ":",
    gap: gapMatch ? gapMatch[1]! : pretty ? " " : "",
    pretty,
  };
}

export function lineIndentAt(text: string, offset: number): string {
  const lineStart = lineStartAt(text, offset);
  let i = lineStart;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return text.slice(lineStart, i);
}

/** Where the line holding `offset` starts: after LF, CRLF or a lone CR (scanning back to the nearest one only). */
export function lineStartAt(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) break;
    i--;
  }
  return i + 1;
}

function entryStarts(c: ContainerIndex): number[] {
  return c.kind === "object" ? c.members.map((m) => m.keyStart) : c.items.map((it) => it.valueStart);
}

function entryEnds(c: ContainerIndex): number[] {
  return c.kind === "object" ? c.members.map((m) => m.valueEnd) : c.items.map((it) => it.valueEnd);
}

export function containerLayout(text: string, c: ContainerIndex, style: TextStyle): Layout {
  const starts = entryStarts(c);
  const closeIndent = lineIndentAt(text, c.start);
  let colon = style.colon;
  if (c.kind === "object" && c.members.length > 0) {
    const m = c.members[0]!;
    colon = text.slice(m.keyEnd, m.valueStart);
    if (!/^\s*:\s*$/.test(colon) || colon.includes("\n")) colon = style.colon;
  }
  if (starts.length === 0) {
    const multiline = style.pretty;
    return { multiline, indent: closeIndent + style.unit, unit: style.unit, eol: style.eol, colon, gap: style.gap, closeIndent };
  }
  const lead = text.slice(c.start + 1, starts[0]);
  const nl = Math.max(lead.lastIndexOf("\n"), lead.lastIndexOf("\r"));
  if (nl >= 0) {
    const indent = /^[ \t]*/.exec(lead.slice(nl + 1))![0];
    return { multiline: true, indent, unit: style.unit, eol: style.eol, colon, gap: style.gap, closeIndent };
  }
  let gap = style.gap;
  if (starts.length > 1) {
    const between = text.slice(entryEnds(c)[0], starts[1]);
    const m = /^\s*,([ \t]*)$/.exec(between);
    if (m) gap = m[1]!;
  }
  return { multiline: false, indent: "", unit: style.unit, eol: style.eol, colon, gap, closeIndent };
}

/** Serialize a value to sit at an entry position with this layout. */
export function serializeValue(value: unknown, layout: Layout): string {
  if (!layout.multiline) return inline(value, layout.colon, layout.gap);
  const pretty = JSON.stringify(value, null, layout.unit);
  if (pretty === undefined) return "null";
  return pretty.split("\n").join(layout.eol + layout.indent);
}

export function serializeMember(key: string, value: unknown, layout: Layout): string {
  return JSON.stringify(key) + layout.colon + serializeValue(value, layout);
}

function inline(value: unknown, colon: string, gap: string): string {
  if (Array.isArray(value)) return "[" + value.map((v) => inline(v, colon, gap)).join("," + gap) + "]";
  if (typeof value === "object" && value !== null) {
    return "{" + Object.entries(value).map(([k, v]) => JSON.stringify(k) + colon + inline(v, colon, gap)).join("," + gap) + "}";
  }
  return JSON.stringify(value) ?? "null";
}
