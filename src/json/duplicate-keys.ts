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
  /** objects: keys seen, with where each was last defined */
  keys: Map<string, KeySpan> | undefined;
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

/**
 * Every key defined more than once in the same object, one entry per shadowed definition (a key
 * written three times gives two entries, each naming the last definition as the winner), in
 * text order of the shadowed definitions.
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  const top = (): Frame | undefined => stack[stack.length - 1];
  const pathOf = (): (string | number)[] => stack.slice(1).map((f) => f.segment!);
  const flush = (f: Frame): void => {
    for (const d of f.dups ?? []) out.push({ key: d.key, path: d.path, shadowed: d.shadowed, winner: f.keys!.get(d.key)! });
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
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
    const f = top();
    if (c === 0x22 /* " */) {
      const end = literalEnd(text, i);
      const stop = end < 0 ? n : end;
      if (f !== undefined && f.isObject && f.expectKey) {
        const key = decodeKey(text, i, stop);
        const span = { start: i, end: stop };
        const keys = (f.keys ??= new Map());
        const earlier = keys.get(key);
        if (earlier !== undefined) (f.dups ??= []).push({ key, shadowed: earlier, path: pathOf() });
        keys.set(key, span);
        f.current = key;
        f.expectKey = false;
      }
      i = stop;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push({ isObject: c === 0x7b, segment: f?.current, keys: undefined, current: c === 0x5b ? 0 : undefined, expectKey: c === 0x7b, dups: undefined });
      i++;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      const done = stack.pop();
      // the winner of each duplicate in this object is the last definition
      if (done !== undefined) flush(done);
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
  for (const f of stack) flush(f);
  return out.sort((a, b) => a.shadowed.start - b.shadowed.start);
}
