/**
 * A deployment template as strict JSON, so that native `JSON.parse` can read it: comments and
 * trailing commas are dropped and bare placeholders (`${TTL}`, `$VAR`, `__X__`) become
 * the strings holding them, which is what the tolerant scanner makes of them.
 *
 * Only what the scanner accepts is rewritten: a placeholder where no value may stand (a key) or
 * a comma with nothing before it is left alone, so `JSON.parse` refuses the text and the scanner
 * names the error. The same pass pairs the brackets of the original text for JsonDoc's locator.
 */
import { BARE_PLACEHOLDER_RE } from "./scanner.js";
import { lineBreakAt, literalEnd } from "./string-literal.js";

export interface StrictText {
  json: string;
  /** offsets of every `{`/`[` in the original text, in order, and of the close of each */
  opens: number[];
  closes: number[];
}

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const COMMA = 0x2c;
const COLON = 0x3a;

/** The strict JSON text of a template, or undefined when it has an unterminated string or comment. */
export function strictTemplateText(text: string): StrictText | undefined {
  const n = text.length;
  // replacements [start, end, text], in order of start
  const edits: { start: number; end: number; text: string }[] = [];
  const opens: number[] = [];
  const closes: number[] = [];
  const stack: number[] = []; // indexes into opens
  let last = -1; // the last significant character (outside strings and comments)
  let beforeLast = -1; // and the one before it
  let lastComma = -1; // offset of the last comma, while it is the last significant character
  const significant = (c: number): void => {
    beforeLast = last;
    last = c;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      i++;
      continue;
    }
    if (c === 0x22) {
      const end = literalEnd(text, i);
      if (end < 0) return undefined;
      significant(c);
      i = end;
      continue;
    }
    if (c === 0x2f) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f || next === 0x2a) {
        let end: number;
        if (next === 0x2f) {
          end = lineBreakAt(text, i + 2);
        } else {
          const close = text.indexOf("*/", i + 2);
          if (close < 0) return undefined;
          end = close + 2;
        }
        edits.push({ start: i, end, text: " " });
        i = end;
        continue;
      }
    }
    const top = stack.length > 0 ? text.charCodeAt(opens[stack[stack.length - 1]!]!) : -1;
    // a value may stand here: at the top, after ':', or in an array after '[' or ','
    const valueHere = last === -1 || last === COLON || (top === OPEN_ARRAY && (last === OPEN_ARRAY || last === COMMA));
    if (c === 0x24 || c === 0x5f) {
      BARE_PLACEHOLDER_RE.lastIndex = i;
      if (valueHere && BARE_PLACEHOLDER_RE.test(text)) {
        const end = BARE_PLACEHOLDER_RE.lastIndex;
        edits.push({ start: i, end, text: JSON.stringify(text.slice(i, end)) });
        i = end;
        significant(0x22);
        continue;
      }
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      stack.push(opens.length);
      opens.push(i);
      closes.push(-1);
    } else if (c === 0x7d || c === 0x5d) {
      // a trailing comma: after a value, before the close
      if (last === COMMA && beforeLast !== OPEN_OBJECT && beforeLast !== OPEN_ARRAY && beforeLast !== COMMA && beforeLast !== COLON) {
        // only comments can have been replaced since the comma: it goes before them
        let at = edits.length;
        while (at > 0 && edits[at - 1]!.start > lastComma) at--;
        edits.splice(at, 0, { start: lastComma, end: lastComma + 1, text: " " });
      }
      const k = stack.pop();
      if (k !== undefined) closes[k] = i;
    } else if (c === COMMA) {
      lastComma = i;
    }
    significant(c);
    i++;
  }
  if (edits.length === 0) return { json: text, opens, closes };
  const parts: string[] = [];
  let copied = 0;
  for (const e of edits) {
    parts.push(text.slice(copied, e.start), e.text);
    copied = e.end;
  }
  parts.push(text.slice(copied));
  return { json: parts.join(""), opens, closes };
}
