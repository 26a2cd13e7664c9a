import { BARE_PLACEHOLDER_RE, scan, type SyntaxProblem } from "./scanner.js";
import { lineBreakAt, literalEnd } from "./string-literal.js";
import { strictTemplateText } from "./template-text.js";
import type { Path } from "./path.js";

export interface MemberIndex {
  key: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

export interface ItemIndex {
  valueStart: number;
  valueEnd: number;
}

export interface ObjectIndex {
  kind: "object";
  start: number;
  end: number;
  members: MemberIndex[];
}

export interface ArrayIndex {
  kind: "array";
  start: number;
  end: number;
  items: ItemIndex[];
}

export type ContainerIndex = ObjectIndex | ArrayIndex;

// large objects (hundreds of modules) get a key -> slot map on their first lookup
const slotMaps = new WeakMap<ObjectIndex, Map<string, number>>();

/** The slot of the last member named `key` (JSON.parse keeps the last of duplicate keys), or -1. */
function slotOf(c: ObjectIndex, key: string): number {
  const members = c.members;
  if (members.length <= 16) {
    for (let k = members.length - 1; k >= 0; k--) if (members[k]!.key === key) return k;
    return -1;
  }
  let map = slotMaps.get(c);
  if (map === undefined) {
    map = new Map();
    for (let k = 0; k < members.length; k++) map.set(members[k]!.key, k);
    slotMaps.set(c, map);
  }
  return map.get(key) ?? -1;
}

/** Where a value (and, for an object member, its key) sits in a document's text. */
export interface Located {
  valueStart: number;
  valueEnd: number;
  keyStart?: number;
  keyEnd?: number;
  /** the container holding this value (undefined for the root) */
  parent?: ContainerIndex;
  /** position of this member or element inside `parent` */
  slot?: number;
  /** this value's own container index, when it is an object or array */
  container?: ContainerIndex;
}

/**
 * JSON text plus its parsed value, with offsets found on demand and only along the paths asked
 * for. The text is known to be valid (it parsed), so finding offsets needs no validation:
 *  - the first lookup makes one pass that pairs every `{`/`[` with its close (strings and
 *    comments skipped), keeping two arrays of numbers and nothing else;
 *  - a container's direct members are listed the first time a path goes through it, jumping
 *    over nested containers with the pairs.
 * A file without findings costs nothing beyond JSON.parse; one with findings costs one pass over
 * its text plus the containers on the reported paths.
 */
export class JsonDoc {
  private opens: number[] | undefined;
  private closes: number[] | undefined;
  private readonly containers = new Map<number, ContainerIndex>();

  constructor(
    readonly text: string,
    readonly tolerant: boolean,
    readonly value: unknown,
  ) {}

  /**
   * Parse text with native JSON.parse: as it is, or (templates) as strict JSON made from it. The
   * validating scanner runs only for text that does not parse, to name the error exactly.
   */
  static parse(text: string, tolerant: boolean): { doc?: JsonDoc; error?: SyntaxProblem } {
    if (tolerant) {
      // a template goes through the pass that makes it strict: it pairs the brackets as well,
      // which positions need anyway
      const strict = strictTemplateText(text);
      if (strict !== undefined) {
        try {
          const doc = new JsonDoc(text, tolerant, JSON.parse(strict.json));
          doc.opens = strict.opens;
          doc.closes = strict.closes;
          return { doc };
        } catch {
          // an error: the scanner names it
        }
      }
    } else {
      try {
        return { doc: new JsonDoc(text, tolerant, JSON.parse(text)) };
      } catch {
        // an error: the scanner names it
      }
    }
    const r = scan(text, { tolerant, value: true });
    if (r.error) return { error: r.error };
    return { doc: new JsonDoc(text, tolerant, r.value) };
  }

  /** Where the value at `path` is. */
  locate(path: Path): Located | undefined {
    let here: Located | undefined = this.root();
    for (const seg of path) {
      if (here === undefined) return undefined;
      here = this.child(here, seg);
    }
    return here;
  }

  /** Where the root value is. */
  root(): Located {
    const start = this.skipTrivia(0);
    const here: Located = { valueStart: start, valueEnd: this.valueEnd(start) };
    here.container = this.containerAt(start);
    return here;
  }

  /** Where the member `seg` (last one of that name) or the element `seg` of a located container is. */
  child(at: Located, seg: string | number): Located | undefined {
    const c = at.container;
    if (c === undefined) return undefined;
    let here: Located;
    if (c.kind === "object") {
      if (typeof seg !== "string") return undefined;
      const slot = slotOf(c, seg);
      if (slot < 0) return undefined;
      const m = c.members[slot]!;
      here = { valueStart: m.valueStart, valueEnd: m.valueEnd, keyStart: m.keyStart, keyEnd: m.keyEnd, parent: c, slot };
    } else {
      if (typeof seg !== "number") return undefined;
      const it = c.items[seg];
      if (it === undefined) return undefined;
      here = { valueStart: it.valueStart, valueEnd: it.valueEnd, parent: c, slot: seg };
    }
    here.container = this.containerAt(here.valueStart);
    return here;
  }

  /** The index of the object or array opening at `start` (undefined for a scalar or a placeholder). */
  private containerAt(start: number): ContainerIndex | undefined {
    const t = this.text;
    const c = t.charCodeAt(start);
    if (c !== 0x7b && c !== 0x5b) return undefined;
    let index = this.containers.get(start);
    if (index === undefined) {
      index = c === 0x7b ? this.indexObject(start) : this.indexArray(start);
      this.containers.set(start, index);
    }
    return index;
  }

  private indexObject(start: number): ObjectIndex {
    const t = this.text;
    const end = this.closeOf(start);
    const members: MemberIndex[] = [];
    let i = this.skipTrivia(start + 1);
    while (i < end) {
      if (t.charCodeAt(i) === 0x2c /* , */) {
        i = this.skipTrivia(i + 1);
        continue;
      }
      const keyEnd = this.stringEnd(i);
      const raw = t.slice(i + 1, keyEnd - 1);
      const key = raw.includes("\\") ? (JSON.parse(t.slice(i, keyEnd)) as string) : raw;
      const valueStart = this.skipTrivia(this.skipTrivia(keyEnd) + 1); // past ':'
      const valueEnd = this.valueEnd(valueStart);
      members.push({ key, keyStart: i, keyEnd, valueStart, valueEnd });
      i = this.skipTrivia(valueEnd);
    }
    return { kind: "object", start, end: end + 1, members };
  }

  private indexArray(start: number): ArrayIndex {
    const t = this.text;
    const end = this.closeOf(start);
    const items: ItemIndex[] = [];
    let i = this.skipTrivia(start + 1);
    while (i < end) {
      if (t.charCodeAt(i) === 0x2c) {
        i = this.skipTrivia(i + 1);
        continue;
      }
      const valueEnd = this.valueEnd(i);
      items.push({ valueStart: i, valueEnd });
      i = this.skipTrivia(valueEnd);
    }
    return { kind: "array", start, end: end + 1, items };
  }

  /** End (exclusive) of the value starting at `i`. */
  private valueEnd(i: number): number {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === 0x22) return this.stringEnd(i);
    if (c === 0x7b || c === 0x5b) return this.closeOf(i) + 1;
    if (c === 0x24 /* $ */ || c === 0x5f /* _ */) {
      const end = this.placeholderEnd(i);
      if (end > i) return end;
    }
    // number, true, false, null
    let k = i;
    const n = t.length;
    while (k < n) {
      const d = t.charCodeAt(k);
      if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09 || d === 0x2f) break;
      k++;
    }
    return k;
  }

  private placeholderEnd(i: number): number {
    BARE_PLACEHOLDER_RE.lastIndex = i;
    return BARE_PLACEHOLDER_RE.test(this.text) ? BARE_PLACEHOLDER_RE.lastIndex : i;
  }

  /** Offset just past the closing quote of the string opening at `i` (the text is valid: it is closed). */
  private stringEnd(i: number): number {
    const end = literalEnd(this.text, i);
    return end < 0 ? this.text.length : end;
  }

  private skipTrivia(i: number): number {
    const t = this.text;
    const n = t.length;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++;
      } else if (c === 0x2f && this.tolerant) {
        const next = t.charCodeAt(i + 1);
        if (next === 0x2f) {
          i = lineBreakAt(t, i + 2);
        } else if (next === 0x2a) {
          const close = t.indexOf("*/", i + 2);
          i = close < 0 ? n : close + 2;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return i;
  }

  /** Offset of the `}`/`]` closing the container that opens at `open`. */
  private closeOf(open: number): number {
    if (this.opens === undefined) this.pairBrackets();
    const opens = this.opens!;
    let lo = 0;
    let hi = opens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = opens[mid]!;
      if (v === open) return this.closes![mid]!;
      if (v < open) lo = mid + 1;
      else hi = mid - 1;
    }
    throw new Error(`internal: no container opens at offset ${open}`);
  }

  /** One pass over the text pairing every `{`/`[` with its close; strings, comments and placeholders skipped. */
  private pairBrackets(): void {
    const t = this.text;
    const n = t.length;
    const opens: number[] = [];
    const closes: number[] = [];
    const stack: number[] = [];
    let i = 0;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 0x22) {
        i = this.stringEnd(i);
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        stack.push(opens.length);
        opens.push(i);
        closes.push(-1);
      } else if (c === 0x7d || c === 0x5d) {
        const k = stack.pop();
        if (k !== undefined) closes[k] = i;
      } else if (this.tolerant && (c === 0x2f || c === 0x24)) {
        const next = c === 0x2f ? this.skipTrivia(i) : this.placeholderEnd(i);
        if (next > i) {
          i = next;
          continue;
        }
      }
      i++;
    }
    this.opens = opens;
    this.closes = closes;
  }
}
