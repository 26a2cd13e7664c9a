/**
 * Offsets inside a JSON string literal: a decoded character offset maps to the raw offset in the
 * file, so a finding inside a stringified createOptions lands on the right column even after
 * escapes such as `\"`, `\\` and `\u00e9`.
 */

/** Raw offsets (relative to the literal's opening quote) of each decoded UTF-16 unit, plus one past the end. */
export function decodedToRawMap(raw: string): Int32Array {
  // raw includes the surrounding quotes
  const map = new Int32Array(raw.length); // decoded length <= raw length - 2, +1 for the end
  let d = 0;
  let r = 1;
  const end = raw.length - 1;
  while (r < end) {
    map[d++] = r;
    if (raw.charCodeAt(r) === 0x5c /* \ */) r += raw.charCodeAt(r + 1) === 0x75 /* u */ ? 6 : 2;
    else r++;
  }
  map[d] = r; // closing quote
  return map.subarray(0, d + 1);
}

/**
 * Encode text as the body of a JSON string literal (no quotes); `escapeSlash` writes `/` as `\/`,
 * for a string whose file writes it that way (the agent's and .NET's serializers do).
 */
export function encodeStringBody(text: string, escapeSlash = false): string {
  const s = JSON.stringify(text).slice(1, -1);
  return escapeSlash && s.includes("/") ? s.replace(/\//g, "\\/") : s;
}

/**
 * Offset just past the closing quote of the string literal opening at `i` in text known to hold
 * string literals (escapes are not validated), or -1 when the literal is not closed.
 */
export function literalEnd(text: string, i: number): number {
  let k = i + 1;
  for (;;) {
    const q = text.indexOf('"', k);
    if (q < 0) return -1;
    let b = q - 1;
    while (text.charCodeAt(b) === 0x5c) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
    k = q + 1;
  }
}

/** Offset of the line break (LF or CR) that ends a `//` comment starting before `from`, or the text's length. */
export function lineBreakAt(text: string, from: number): number {
  const n = text.length;
  let k = from;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return k;
    k++;
  }
  return n;
}
