import { scan, type ContainerIndex, type RootIndex, type ScanResult } from "./scanner.js";
import type { Path } from "./path.js";

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
 * JSON text plus its parsed value, with offsets found on demand: the offset index is built by one
 * scanner pass the first time a position is asked for, and never for a file without findings.
 */
export class JsonDoc {
  private rootIndex: RootIndex | undefined;

  constructor(
    readonly text: string,
    readonly tolerant: boolean,
    readonly value: unknown,
  ) {}

  /** Parse text: native JSON.parse first (fast), the tolerant scanner only when that fails. */
  static parse(text: string, tolerant: boolean): { doc?: JsonDoc; error?: ScanResult["error"]; extensions?: ScanResult["extensions"] } {
    try {
      return { doc: new JsonDoc(text, tolerant, JSON.parse(text)) };
    } catch {
      const r = scan(text, { tolerant, value: true, index: true });
      if (r.error) return { error: r.error };
      const doc = new JsonDoc(text, tolerant, r.value);
      doc.rootIndex = r.index;
      return { doc, extensions: r.extensions };
    }
  }

  get index(): RootIndex {
    if (this.rootIndex === undefined) {
      const r = scan(this.text, { tolerant: this.tolerant, value: false, index: true });
      if (r.error || !r.index) throw new Error(`internal: text parsed but could not be indexed (${r.error?.message})`);
      this.rootIndex = r.index;
    }
    return this.rootIndex;
  }

  locate(path: Path): Located | undefined {
    const root = this.index;
    let here: Located = { valueStart: root.valueStart, valueEnd: root.valueEnd, container: root.child };
    for (const seg of path) {
      const c = here.container;
      if (c === undefined) return undefined;
      if (c.kind === "object") {
        if (typeof seg !== "string") return undefined;
        let slot = -1;
        const members = c.members;
        for (let k = members.length - 1; k >= 0; k--) {
          if (members[k]!.key === seg) {
            slot = k;
            break;
          }
        }
        if (slot < 0) return undefined;
        const m = members[slot]!;
        here = { valueStart: m.valueStart, valueEnd: m.valueEnd, keyStart: m.keyStart, keyEnd: m.keyEnd, parent: c, slot, container: m.child };
      } else {
        if (typeof seg !== "number") return undefined;
        const it = c.items[seg];
        if (it === undefined) return undefined;
        here = { valueStart: it.valueStart, valueEnd: it.valueEnd, parent: c, slot: seg, container: it.child };
      }
    }
    return here;
  }
}
