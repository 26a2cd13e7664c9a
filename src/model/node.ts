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
 */
export class JNode {
  // members looked up by name are made once per node and reused: rules navigate to the same
  // places many times (hostConfigOf, envVarsOf, ...). entries() and items() make fresh nodes
  // for what is not cached yet, so that walking a whole tree keeps nothing alive.
  private kids: Map<string, JNode> | undefined;
  /** lower-cased key -> the last key spelt that way (Docker's last-match-wins) */
  private lowerKeys: Map<string, string> | undefined;

  constructor(
    readonly space: Space,
    readonly path: Path,
    readonly value: unknown,
    /** the key as spelt in the file, when this node is an object member */
    readonly key: string | undefined = undefined,
    readonly ci: boolean = false,
  ) {}

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
    return this.member(v, name);
  }

  getIgnoreCase(name: string): JNode | undefined {
    const v = this.value;
    if (!isPlainObject(v)) return undefined;
    let lower = this.lowerKeys;
    if (lower === undefined) {
      lower = new Map();
      for (const k of Object.keys(v)) lower.set(k.toLowerCase(), k);
      this.lowerKeys = lower;
    }
    const found = lower.get(name.toLowerCase());
    return found === undefined ? undefined : this.member(v, found);
  }

  private member(v: Record<string, unknown>, k: string): JNode {
    let kids = this.kids;
    if (kids === undefined) this.kids = kids = new Map();
    let n = kids.get(k);
    if (n === undefined) kids.set(k, (n = new JNode(this.space, [...this.path, k], v[k], k, this.ci)));
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
    const kids = this.kids;
    return Object.keys(v).map((k) => kids?.get(k) ?? new JNode(this.space, [...this.path, k], v[k], k, this.ci));
  }

  /** Array elements. */
  items(): JNode[] {
    const v = this.value;
    if (!Array.isArray(v)) return [];
    return v.map((x, i) => new JNode(this.space, [...this.path, i], x, undefined, this.ci));
  }

  /** A node for the same place whose children match keys exactly or case-insensitively. */
  withCase(ci: boolean): JNode {
    return new JNode(this.space, this.path, this.value, this.key, ci);
  }

  locate(): Located | undefined {
    return this.space.json.locate(this.path);
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
