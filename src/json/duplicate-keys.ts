/**
 * Keys defined twice in one object. `JSON.parse`, the IoT Edge agent and Docker keep the last
 * definition and silently drop the first, so what a file says and what runs differ.
 *
 * One iterative pass over JSON text: strict JSON, deployment-template text (comments, trailing
 * commas, bare placeholders such as `${TTL}`) and the text of a stringified createOptions alike.
 * The text is expected to parse; on text that does not, it reports what it can and never throws.
 */
import { BARE_PLACEHOLDER_RE } from "./scanner.js";
import { lineBreakAt, literalEnd } from "./string-literal.js";

export interface KeySpan {
  /** offsets of the key's string literal, quotes included */
  start: number;
  end: number;
}

export interface DuplicateKey {
  /** the key, decoded */
  key: string;
  /** the path of the object holding the key twice (keys and array indexes) */
  path: (string | number)[];
  /** the definition that is shadowed (an earlier one) */
  shadowed: KeySpan;
  /** the definition that wins (the last one) */
  winner: KeySpan;
}

interface Frame {
  isObject: boolean;
  /** this container's key or index in its parent (undefined for the root) */
  segment: string | number | undefined;
  /** objects: keys seen in order (a map is made once an object has many) */
  keys: string[] | undefined;
  spans: KeySpan[] | undefined;
  index: Map<string, number> | undefined;
  /** objects: the member key being read; arrays: the index of the element being read */
  current: string | number | undefined;
  expectKey: boolean;
  /** objects: shadowed definitions found so far */
  dups: { key: string; shadowed: KeySpan; path: (string | number)[] }[] | undefined;
}

function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return raw;
  }
}

/** Objects with more keys than this get a key -> slot map. */
const MAP_AT = 12;

/** Record a key in an object; the slot of an earlier definition of it, or -1. */
function addKey(f: Frame, key: string, span: KeySpan): number {
  const keys = (f.keys ??= []);
  const spans = (f.spans ??= []);
  let earlier = -1;
  if (f.index !== undefined) earlier = f.index.get(key) ?? -1;
  else for (let k = keys.length - 1; k >= 0; k--) if (keys[k] === key) { earlier = k; break; }
  if (earlier >= 0) {
    // the later definition takes the slot: the winner is always the last one seen
    const shadowed = spans[earlier]!;
    spans[earlier] = span;
    (f.dups ??= []).push({ key, shadowed, path: [] });
    return earlier;
  }
  keys.push(key);
  spans.push(span);
  if (f.index !== undefined) f.index.set(key, keys.length - 1);
  else if (keys.length > MAP_AT) f.index = new Map(keys.map((k, i) => [k, i]));
  return -1;
}

function winnerOf(f: Frame, key: string): KeySpan {
  const slot = f.index !== undefined ? f.index.get(key)! : f.keys!.lastIndexOf(key);
  return f.spans![slot]!;
}

// the same texts are scanned by the duplicate-key rule and by the fix guard: the last results are kept
const cache = new Map<string, readonly DuplicateKey[]>();
const CACHE_SIZE = 64;

/**
 * Every key defined more than once in the same object, one entry per shadowed definition (a key
 * written three times gives two entries, each naming the last definition as the winner), in
 * text order of the shadowed definitions. The result is shared: do not change it.
 */
export function findDuplicateKeys(text: string, value?: unknown): readonly DuplicateKey[] {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  // most texts have none, and proving it from the parsed value is several times cheaper than the scan
  const out = value !== undefined && provablyNone(text, value) ? NONE : Object.freeze(scanDuplicateKeys(text));
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, out);
  return out;
}

const NONE: readonly DuplicateKey[] = Object.freeze([]);
const SPACE_BEFORE_COLON = /"[ \t\r\n]+:/;

/** Object members in a parsed value (`__proto__` included: JSON.parse makes it an own key); iterative, for any depth. */
function memberCount(root: unknown): number {
  let n = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === "object" && x !== null) stack.push(x);
      continue;
    }
    const obj = v as Record<string, unknown>;
    for (const k in obj) {
      n++;
      const x = obj[k];
      if (typeof x === "object" && x !== null) stack.push(x);
    }
  }
  return n;
}

/**
 * True only when `text`, whose parsed value is `value`, certainly defines no key twice. Every key is
 * a string literal followed by `:`; when none has white space before its colon, counting `":` with
 * an unescaped quote counts every key (plus, now and then, a string value that starts with `:`, or
 * text in a comment: an overcount, which only sends the text to the full scan). Duplicates make the
 * text hold more keys than the value, so as many such `":` as members proves there are none.
 */
export function provablyNone(text: string, value: unknown): boolean {
  let count = 0;
  for (let i = text.indexOf('":'); i >= 0; i = text.indexOf('":', i + 2)) {
    let b = 0;
    while (text.charCodeAt(i - 1 - b) === 0x5c /* \ */) b++;
    if (b % 2 === 0) count++;
  }
  if (count !== memberCount(value)) return false;
  // white space before a colon is rare: four native searches rule it out before the pattern runs
  if (text.indexOf(" :") < 0 && text.indexOf("\n:") < 0 && text.indexOf("\t:") < 0 && text.indexOf("\r:") < 0) return true;
  return !SPACE_BEFORE_COLON.test(text);
}

/** The full scan, uncached (findDuplicateKeys caches it). */
export function scanDuplicateKeys(text: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  let f: Frame | undefined;
  const flush = (done: Frame): void => {
    if (done.dups === undefined) return;
    for (const d of done.dups) out.push({ key: d.key, path: d.path, shadowed: d.shadowed, winner: winnerOf(done, d.key) });
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      i++;
      continue;
    }
    if (c === 0x22 /* " */) {
      const end = literalEnd(text, i);
      const stop = end < 0 ? n : end;
      if (f !== undefined && f.isObject && f.expectKey) {
        const key = decodeKey(text, i, stop);
        if (addKey(f, key, { start: i, end: stop }) >= 0) f.dups![f.dups!.length - 1]!.path = stack.slice(1).map((x) => x.segment!);
        f.current = key;
        f.expectKey = false;
      }
      i = stop;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const isObject = c === 0x7b;
      f = { isObject, segment: f?.current, keys: undefined, spans: undefined, index: undefined, current: isObject ? undefined : 0, expectKey: isObject, dups: undefined };
      stack.push(f);
      i++;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      const done = stack.pop();
      // the winner of each duplicate in this object is the last definition
      if (done !== undefined) flush(done);
      f = stack[stack.length - 1];
      i++;
      continue;
    }
    if (c === 0x2c /* , */) {
      if (f !== undefined) {
        if (f.isObject) f.expectKey = true;
        else f.current = (f.current as number) + 1;
      }
      i++;
      continue;
    }
    if (c === 0x2f /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f) {
        i = lineBreakAt(text, i + 2);
        continue;
      }
      if (next === 0x2a) {
        const close = text.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
        continue;
      }
      i++;
      continue;
    }
    if (c === 0x24 /* $ */ || c === 0x5f /* _ */) {
      BARE_PLACEHOLDER_RE.lastIndex = i;
      if (BARE_PLACEHOLDER_RE.test(text)) {
        i = BARE_PLACEHOLDER_RE.lastIndex;
        continue;
      }
    }
    i++;
  }
  // objects left open (text that does not parse): their winners are the last seen
  for (const open of stack) flush(open);
  return out.sort((a, b) => a.shadowed.start - b.shadowed.start);
}
