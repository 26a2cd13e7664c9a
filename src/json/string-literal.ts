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

/** Encode text as the body of a JSON string literal (no quotes). */
export function encodeStringBody(text: string): string {
  const s = JSON.stringify(text);
  return s.slice(1, -1);
}
