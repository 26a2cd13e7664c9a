import type { JsonDoc, Located } from "../json/document.js";
import type { Path } from "../json/path.js";

/**
 * A space is one JSON text that paths are read in: the file itself, or the text of one module's
 * stringified createOptions (its chunks joined), whose offsets map back into the file.
 */
export interface Space {
  readonly id: number;
  readonly json: JsonDoc;
  /**
   * for an embedded space: map an offset in its text to an offset in the file's text; `end`
   * maps an exclusive end (it stays in the chunk of the character before it)
   */
  toFile?(offset: number, end?: boolean): number;
  /** for an embedded space: the createOptions it was read from */
  readonly embedded?: EmbeddedInfo;
}

export interface EmbeddedInfo {
  /** path (in the file) of the module's settings object */
  settingsPath: Path;
  /** chunk members in reading order: key and decoded text */
  chunks: { key: string; text: string }[];
  /** module name, for messages */
  module: string;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * A value in a manifest that knows where it is. Rules walk JNodes, report them and attach edits
 * to them; the engine turns a JNode into a file position only when it is reported.
 * Inside createOptions (`ci`), keys match case-insensitively, as Docker decodes them.
 *
 * A node holds its parent and its own key or index; the full path is built only when asked for
 * (positions, pointers, edits), so navigating costs one small object per visited member.
 */
export class JNode {
  // members and elements are made once per node and reused: rules navigate to the same places
  // many times (hostConfigOf, envVarsOf, ...)
  private kids: JNode[] | Map<string | number, JNode> | undefined;
  private pathCache: Path | undefined;
  private located: Located | null | undefined;

  constructor(
    readonly space: Space,
    /** the containing node (undefined for a space's root) */
    readonly parent: JNode | undefined,
    /** this node's key or index in `parent` */
    readonly segment: string | number | undefined,
    readonly value: unknown,
    readonly ci: boolean = false,
  ) {}

  /** The root node of a space. */
  static root(space: Space, value: unknown, ci = false): JNode {
    return new JNode(space, undefined, undefined, value, ci);
  }

  /** The path from the space's root. */
  get path(): Path {
    let p = this.pathCache;
    if (p === undefined) {
      p = this.parent === undefined ? [] : [...this.parent.path, this.segment!];
      this.pathCache = p;
    }
    return p;
  }

  /** The key as spelt in the file, when this node is an object member. */
  get key(): string | undefined {
    return typeof this.segment === "string" ? this.segment : undefined;
  }

  get isObject(): boolean {
    return isPlainObject(this.value);
  }

  get isArray(): boolean {
    return Array.isArray(this.value);
  }

  get isString(): boolean {
    return typeof this.value === "string";
  }

  /** The member `name`: case-insensitive inside createOptions (last match wins, as in Docker). */
  get(name: string): JNode | undefined {
    return this.ci ? this.getIgnoreCase(name) : this.getExact(name);
  }

  getExact(name: string): JNode | undefined {
    const v = this.value;
    if (!isPlainObject(v) || !Object.prototype.hasOwnProperty.call(v, name)) return undefined;
    return this.child(name, v[name]);
  }

  getIgnoreCase(name: string): JNode | undefined {
    const v = this.value;
    if (!isPlainObject(v)) return undefined;
    const lname = name.toLowerCase();
    let found: string | undefined;
    // Docker's decoder lets the last key spelt that way win; for-in walks the keys without
    // allocating an array (JSON.parse objects have no inherited enumerable keys)
    for (const k in v) {
      if (k.length === lname.length && (k === name || k.toLowerCase() === lname)) found = k;
    }
    return found === undefined ? undefined : this.child(found, v[found]);
  }

  private child(k: string | number, value: unknown): JNode {
    // most nodes have a few children looked at: a short list beats a map
    let kids = this.kids;
    if (kids === undefined) {
      const n = new JNode(this.space, this, k, value, this.ci);
      this.kids = [n];
      return n;
    }
    if (Array.isArray(kids)) {
      for (let i = 0; i < kids.length; i++) if (kids[i]!.segment === k) return kids[i]!;
      const n = new JNode(this.space, this, k, value, this.ci);
      if (kids.length < 8) {
        kids.push(n);
        return n;
      }
      this.kids = kids = new Map(kids.map((c) => [c.segment!, c]));
      kids.set(k, n);
      return n;
    }
    let n = kids.get(k);
    if (n === undefined) kids.set(k, (n = new JNode(this.space, this, k, value, this.ci)));
    return n;
  }

  /** Follow several keys with `get`. */
  at(...names: string[]): JNode | undefined {
    return names.reduce<JNode | undefined>((n, name) => n?.get(name), this);
  }

  /** Object members in file order. */
  entries(): JNode[] {
    const v = this.value;
    if (!isPlainObject(v)) return [];
    const keys = Object.keys(v);
    const out = new Array<JNode>(keys.length);
    for (let i = 0; i < keys.length; i++) out[i] = this.child(keys[i]!, v[keys[i]!]);
    return out;
  }

  /** Array elements. */
  items(): JNode[] {
    const v = this.value;
    if (!Array.isArray(v)) return [];
    const out = new Array<JNode>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = this.child(i, v[i]);
    return out;
  }

  /** A node for the same place whose children match keys exactly or case-insensitively. */
  withCase(ci: boolean): JNode {
    if (ci === this.ci) return this;
    const n = new JNode(this.space, this.parent, this.segment, this.value, ci);
    n.pathCache = this.pathCache;
    n.located = this.located;
    return n;
  }

  /** Where this value is in its space's text (found once, through the parent's place). */
  locate(): Located | undefined {
    let at = this.located;
    if (at === undefined) {
      const json = this.space.json;
      if (this.parent === undefined) at = json.root();
      else {
        const p = this.parent.locate();
        at = p === undefined ? null : (json.child(p, this.segment!) ?? null);
      }
      this.located = at;
    }
    return at ?? undefined;
  }

  /** The exact text of this value in its space. */
  rawText(): string | undefined {
    const at = this.locate();
    return at === undefined ? undefined : this.space.json.text.slice(at.valueStart, at.valueEnd);
  }
}

export function asString(n: JNode | undefined): string | undefined {
  return n !== undefined && typeof n.value === "string" ? n.value : undefined;
}

export { isPlainObject };
