/**
 * One iterative pass over JSON text that validates it and can build its value.
 *
 * Strict mode is RFC 8259 JSON. Tolerant mode (deployment templates) also accepts `//` and
 * `/* *\/` comments, trailing commas and bare placeholders (`${TTL}`, `$VAR`), which become
 * string values holding the placeholder text. The pass is iterative, so nesting depth is bounded
 * only by memory, never by the call stack.
 *
 * It runs only when native `JSON.parse` refuses a text: to read a template's extensions, and to
 * name the first syntax error with its exact offset (merge-conflict markers included). Offsets of
 * values are found separately, on demand, by JsonDoc (document.ts).
 */
import { lineBreakAt } from "./string-literal.js";

export interface SyntaxProblem {
  offset: number;
  length: number;
  message: string;
}

export interface ScanOptions {
  tolerant?: boolean;
  /** build the value (default true); false only validates */
  value?: boolean;
}

export interface ScanResult {
  value?: unknown;
  error?: SyntaxProblem;
  /** tolerant extensions met: comments, trailing commas, bare placeholders */
  extensions: { comments: number; trailingCommas: number; placeholders: number };
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    readonly length: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER_RE = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
/** a bare template placeholder where a value stands: `${TTL}`, `$VAR`, `__X__` (sticky) */
export const BARE_PLACEHOLDER_RE = /\$(?:\{[^}\s"]*\}|[A-Za-z_][A-Za-z0-9_]*)|__[A-Za-z0-9_]+__/y;
const ESCAPE_RE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

interface Frame {
  value: Record<string, unknown> | unknown[] | undefined;
  isObject: boolean;
  /** pending member key (objects) */
  key: string;
  count: number;
}

function describe(text: string, i: number): string {
  if (i >= text.length) return "Unexpected end of file";
  const ch = text[i]!;
  if (text.startsWith("<<<<<<<", i) || text.startsWith("=======", i) || text.startsWith(">>>>>>>", i)) {
    return "Unexpected merge-conflict marker";
  }
  const code = ch.charCodeAt(0);
  const shown = code < 0x20 ? `\\u${code.toString(16).padStart(4, "0")}` : ch;
  return `Unexpected character '${shown}'`;
}

/** Skip whitespace and (tolerant) comments; returns the next significant offset. */
function skipTrivia(text: string, i: number, tolerant: boolean, ext: ScanResult["extensions"]): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      i++;
      continue;
    }
    if (c === 0x2f /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f || next === 0x2a) {
        if (!tolerant) {
          throw new ScanError(i, 2, "Comments are not allowed in a generated manifest (templates named *.template.json may have them)");
        }
        ext.comments++;
        if (next === 0x2f) {
          i = lineBreakAt(text, i + 2);
        } else {
          const close = text.indexOf("*/", i + 2);
          if (close < 0) throw new ScanError(i, 2, "Unterminated block comment");
          i = close + 2;
        }
        continue;
      }
    }
    break;
  }
  return i;
}

/** Offset just past the closing quote of the string starting at `i` (a quote). Validates escapes. */
function scanString(text: string, i: number): { end: number; hasEscape: boolean } {
  // one pass over the characters (a pair of indexOf calls per segment would search to the end
  // of the text for a backslash that never comes, once per string: quadratic on large files)
  const n = text.length;
  let hasEscape = false;
  for (let k = i + 1; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x22) return { end: k + 1, hasEscape };
    if (c === 0x5c) {
      ESCAPE_RE.lastIndex = k;
      if (!ESCAPE_RE.test(text)) throw new ScanError(k, 2, "Invalid escape sequence in a string");
      hasEscape = true;
      k = ESCAPE_RE.lastIndex - 1;
    } else if (c < 0x20) {
      if (c === 0x0a || c === 0x0d) throw new ScanError(i, k - i, "Unterminated string (a line break inside a string)");
      throw new ScanError(k, 1, "Control character in a string (escape it)");
    }
  }
  throw new ScanError(i, n - i, "Unterminated string");
}

function decodeString(text: string, start: number, end: number, hasEscape: boolean): string {
  return hasEscape ? (JSON.parse(text.slice(start, end)) as string) : text.slice(start + 1, end - 1);
}

/** Set an own data property even for `__proto__`, as JSON.parse does. */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

export function scan(text: string, options: ScanOptions = {}): ScanResult {
  const tolerant = options.tolerant === true;
  const wantValue = options.value !== false;
  const ext = { comments: 0, trailingCommas: 0, placeholders: 0 };
  const n = text.length;
  const stack: Frame[] = [];
  let rootValue: unknown;
  let i = 0;
  let expectValue = true;

  // a finished value is attached to its parent frame (or becomes the root)
  const attach = (value: unknown): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) {
      rootValue = value;
      return;
    }
    top.count++;
    if (!wantValue) return;
    if (top.isObject) setOwn(top.value as Record<string, unknown>, top.key, value);
    else (top.value as unknown[]).push(value);
  };

  try {
    i = skipTrivia(text, 0, tolerant, ext);
    if (i >= n) throw new ScanError(0, 0, "The file is empty");
    // state machine: either a value is expected at i, or what follows a value
    while (true) {
      if (expectValue) {
        i = skipTrivia(text, i, tolerant, ext);
        if (i >= n) throw new ScanError(n, 0, "Unexpected end of file");
        const c = text.charCodeAt(i);
        if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
          const isObject = c === 0x7b;
          stack.push({ value: wantValue ? (isObject ? {} : []) : undefined, isObject, key: "", count: 0 });
          i++;
          // first member / element, or an immediate close
          i = skipTrivia(text, i, tolerant, ext);
          const close = text.charCodeAt(i);
          if ((isObject && close === 0x7d) || (!isObject && close === 0x5d)) {
            // empty container: handled by the close logic below
            expectValue = false;
            continue;
          }
          if (isObject) {
            i = readKey(i);
            continue;
          }
          continue; // expect the first element
        }
        let value: unknown;
        const vStart = i;
        if (c === 0x22 /* " */) {
          const s = scanString(text, i);
          value = wantValue ? decodeString(text, i, s.end, s.hasEscape) : undefined;
          i = s.end;
        } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
          NUMBER_RE.lastIndex = i;
          if (!NUMBER_RE.test(text)) throw new ScanError(i, 1, "Invalid number");
          const end = NUMBER_RE.lastIndex;
          if (wantValue) value = Number(text.slice(i, end));
          i = end;
        } else if (text.startsWith("true", i)) {
          value = true;
          i += 4;
        } else if (text.startsWith("false", i)) {
          value = false;
          i += 5;
        } else if (text.startsWith("null", i)) {
          value = null;
          i += 4;
        } else {
          BARE_PLACEHOLDER_RE.lastIndex = i;
          if (tolerant && BARE_PLACEHOLDER_RE.test(text)) {
            const end = BARE_PLACEHOLDER_RE.lastIndex;
            value = text.slice(i, end);
            ext.placeholders++;
            i = end;
          } else {
            throw new ScanError(i, 1, describe(text, i) + (stack.length ? "; expected a value" : ""));
          }
        }
        // literal followed directly by an identifier char (e.g. `truex`, `12a`) is an error
        const after = text.charCodeAt(i);
        if ((after >= 0x41 && after <= 0x5a) || (after >= 0x61 && after <= 0x7a) || after === 0x5f) {
          throw new ScanError(vStart, i + 1 - vStart, `Invalid value '${text.slice(vStart, i + 1)}'`);
        }
        attach(value);
        expectValue = false;
        continue;
      }

      // after a value: ',' or the container's close, or end of document
      i = skipTrivia(text, i, tolerant, ext);
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (i < n) throw new ScanError(i, 1, describe(text, i) + " after the end of the document");
        break;
      }
      const c = text.charCodeAt(i);
      const closeCode = top.isObject ? 0x7d : 0x5d;
      if (c === 0x2c /* , */) {
        const commaAt = i;
        i = skipTrivia(text, i + 1, tolerant, ext);
        if (text.charCodeAt(i) === closeCode) {
          if (!tolerant) throw new ScanError(commaAt, 1, "Trailing comma is not allowed in a generated manifest");
          ext.trailingCommas++;
          continue; // the close is handled on the next iteration
        }
        if (top.isObject) {
          i = readKey(i);
        } else {
          expectValue = true;
        }
        continue;
      }
      if (c === closeCode) {
        stack.pop();
        i++;
        attach(top.value);
        continue;
      }
      if (i >= n) throw new ScanError(n, 0, `Unexpected end of file; expected ',' or '${top.isObject ? "}" : "]"}'`);
      throw new ScanError(i, 1, `${describe(text, i)}; expected ',' or '${top.isObject ? "}" : "]"}'`);
    }
  } catch (e) {
    if (e instanceof ScanError) {
      return { error: { offset: e.offset, length: e.length, message: e.message }, extensions: ext };
    }
    throw e;
  }
  const result: ScanResult = { extensions: ext };
  if (wantValue) result.value = rootValue;
  return result;

  // reads `"key" :` at i (after trivia), stores it on the top frame; returns offset of the value
  function readKey(at: number): number {
    const top = stack[stack.length - 1]!;
    at = skipTrivia(text, at, tolerant, ext);
    if (text.charCodeAt(at) !== 0x22) {
      if (at >= n) throw new ScanError(n, 0, "Unexpected end of file; expected a property name");
      throw new ScanError(at, 1, `${describe(text, at)}; expected a property name in double quotes`);
    }
    const s = scanString(text, at);
    top.key = decodeString(text, at, s.end, s.hasEscape);
    let j = skipTrivia(text, s.end, tolerant, ext);
    if (text.charCodeAt(j) !== 0x3a /* : */) {
      if (j >= n) throw new ScanError(n, 0, "Unexpected end of file; expected ':'");
      throw new ScanError(j, 1, `${describe(text, j)}; expected ':' after the property name`);
    }
    j++;
    expectValue = true;
    return j;
  }
}
