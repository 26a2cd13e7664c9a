import type { ContainerIndex } from "../json/document.js";
import type { Located } from "../json/document.js";
import { encodeStringBody } from "../json/string-literal.js";
import { isChunkKey } from "../model/manifest.js";
import type { JNode, Space } from "../model/node.js";
import type { Path } from "../json/path.js";
import { containerLayout, lineIndentAt, lineStartAt, serializeMember, serializeValue, textStyle, type TextStyle } from "./layout.js";
import { applyEdits, RangeIndex, rangesConflict, type RangeEdit } from "./text-edits.js";
import type { Edit, TextEdit } from "./types.js";

/** Chunks written by IoT Edge tooling hold at most this many characters (stated in rules/create-options-chunks.md). */
export const CHUNK_SIZE = 512;

type SpaceEdit = RangeEdit;

interface InnerState {
  space: Space;
  edits: SpaceEdit[];
  index: RangeIndex;
}

/** Why a batch refused a fix: it waits for the next pass (`conflict`) or can never be placed (`unplaceable`). */
export type Refusal = "conflict" | "unplaceable";

/** The fix overlaps (or would duplicate a key made by) a fix already in the batch: try it next pass. */
class Conflict extends Error {}
/** The fix cannot be written safely whatever else is applied (its target is gone or shadowed). */
class Unplaceable extends Error {}

// a text's style is read once per text, not once per fix (the engine makes a batch per finding)
const styleCache = new WeakMap<Space["json"], TextStyle>();
function styleOf(json: Space["json"]): TextStyle {
  let s = styleCache.get(json);
  if (s === undefined) styleCache.set(json, (s = textStyle(json.text)));
  return s;
}

/** Split createOptions text into chunks of at most 512 characters, never inside a surrogate pair. */
export function splitChunks(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + CHUNK_SIZE, text.length);
    if (end < text.length) {
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end--;
    }
    out.push(text.slice(i, end));
    i = end;
  }
  return out.length ? out : [""];
}

export function chunkKey(i: number): string {
  return i === 0 ? "createOptions" : `createOptions${String(i).padStart(2, "0")}`;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Structural equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObj(a)) {
    if (!isObj(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !jsonEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** The key a new member is compared by: Docker and the agent read createOptions keys case-insensitively. */
function createdKeyOf(key: string): string {
  return key.toLowerCase();
}

/**
 * Collects fixes for one pass. Each fix is accepted whole or not at all: when any of its text
 * ranges overlaps an accepted fix, or it would create a member that an accepted fix creates in
 * the same object (two fixes each adding `k8s-experimental`: the last would win and the first
 * be lost), it waits for the next pass, where it becomes an edit of the member that exists by
 * then. Edits inside a stringified createOptions are made on the options' own text and written
 * back into the string (its escapes kept) or, when the chunking must change, as canonical chunks.
 * Conflicts are found with sorted range indexes; the text is written in one pass.
 */
export class EditBatch {
  private readonly outer: SpaceEdit[] = [];
  private readonly outerIndex = new RangeIndex();
  private readonly inner = new Map<number, InnerState>();
  private readonly styles = new Map<number, TextStyle>();
  /** members created so far, per object: `space:path` -> created keys */
  private readonly created = new Map<string, Set<string>>();
  /** why the last refused fix was refused */
  refusal: Refusal | undefined;

  constructor(private readonly fileSpace: Space) {}

  get empty(): boolean {
    return this.outer.length === 0 && this.inner.size === 0;
  }

  /** Add one fix; false when it conflicts with what is already accepted or cannot be placed (see `refusal`). */
  tryAdd(edits: readonly Edit[]): boolean {
    this.refusal = undefined;
    let outer: SpaceEdit[] = [];
    const inner = new Map<number, { space: Space; edits: SpaceEdit[] }>();
    let creates: { parent: string; key: string }[];
    try {
      creates = this.createdKeys(edits);
      const { kept, emptied } = this.replacedContainers(edits);
      for (const group of groupAdds(kept)) {
        const first = group[0]!;
        const resolved =
          group.length > 1 || first.op === "add"
            ? this.resolveAdds(group as Extract<Edit, { op: "add" }>[], first.op === "add" && emptied.has(parentKey(first.parent)))
            : this.resolve(first);
        for (const { space, edit } of resolved) {
          if (space.id === this.fileSpace.id) outer.push(edit);
          else {
            let entry = inner.get(space.id);
            if (entry === undefined) inner.set(space.id, (entry = { space, edits: [] }));
            entry.edits.push(edit);
          }
        }
      }
    } catch (e) {
      if (e instanceof Conflict) return this.refuse("conflict");
      if (e instanceof Unplaceable) return this.refuse("unplaceable");
      throw e;
    }
    // edits inside a chunked createOptions whose settings also hold a non-string chunk: writing them
    // back could re-chunk and delete that value, so the fix is not taken
    for (const { space } of inner.values()) if (this.hasNonStringChunk(space)) return false;
    outer = dedupe(outer);
    // the fix's own edits must not overlap each other
    if (selfOverlap(outer)) return this.refuse("unplaceable");
    for (const entry of inner.values()) {
      entry.edits = dedupe(entry.edits);
      if (selfOverlap(entry.edits)) return this.refuse("unplaceable");
    }
    // a member another accepted fix creates in the same object: next pass
    for (const c of creates) if (this.created.get(c.parent)?.has(c.key)) return this.refuse("conflict");
    // against accepted outer edits (and the footprints of createOptions being rewritten)
    for (const e of outer) if (this.outerIndex.conflicts(e)) return this.refuse("conflict");
    const newFootprints: SpaceEdit[] = [];
    for (const [id, { space, edits: es }] of inner) {
      const st = this.inner.get(id);
      if (st === undefined) {
        const fp = this.footprint(space);
        for (const f of fp) {
          if (this.outerIndex.conflicts(f)) return this.refuse("conflict");
          if (outer.some((o) => rangesConflict(o, f))) return this.refuse("conflict");
        }
        newFootprints.push(...fp);
      } else {
        for (const e of es) if (st.index.conflicts(e)) return this.refuse("conflict");
      }
    }
    // accepted
    for (const e of outer) {
      this.outer.push(e);
      this.outerIndex.insert(e);
    }
    for (const f of newFootprints) this.outerIndex.insert(f);
    for (const [id, { space, edits: es }] of inner) {
      let st = this.inner.get(id);
      if (st === undefined) this.inner.set(id, (st = { space, edits: [], index: new RangeIndex() }));
      for (const e of es) {
        st.edits.push(e);
        st.index.insert(e);
      }
    }
    for (const c of creates) {
      let set = this.created.get(c.parent);
      if (set === undefined) this.created.set(c.parent, (set = new Set()));
      set.add(c.key);
    }
    return true;
  }

  private refuse(why: Refusal): false {
    this.refusal = why;
    return false;
  }

  /** The file's text edits (sorted), once the rewritten createOptions are written back. */
  textEdits(): TextEdit[] {
    const all = [...this.outer];
    for (const st of this.inner.values()) all.push(...this.writeBack(st));
    return all.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  apply(): string {
    return applyEdits(this.fileSpace.json.text, this.textEdits());
  }

  // ---- members a fix creates ---------------------------------------------------------------

  /** The object members a fix creates (adds with a key, renames), by object. */
  private createdKeys(edits: readonly Edit[]): { parent: string; key: string }[] {
    const out: { parent: string; key: string }[] = [];
    for (const e of edits) {
      if (e.op === "add" && e.key !== undefined) out.push({ parent: parentKey(e.parent), key: createdKeyOf(e.key) });
      else if (e.op === "rename" && e.node.parent !== undefined) {
        if (createdKeyOf(e.key) !== createdKeyOf(e.node.key ?? "")) out.push({ parent: parentKey(e.node.parent), key: createdKeyOf(e.key) });
      }
    }
    return out;
  }

  // ---- resolving logical edits into text edits -------------------------------------------

  private style(space: Space): TextStyle {
    let s = this.styles.get(space.id);
    if (s === undefined) this.styles.set(space.id, (s = styleOf(space.json)));
    return s;
  }

  private locate(node: JNode): Located {
    const at = node.locate();
    if (at === undefined) throw new Unplaceable();
    return at;
  }

  /** A member whose key its object defines twice: removing or renaming it would bring the shadowed one back. */
  private assertNotShadowing(at: Located): void {
    if (this.isDefinedTwice(at)) throw new Unplaceable();
  }

  /** Is the member at `at` one of several with its key (removing or renaming it would revive another)? */
  private isDefinedTwice(at: Located): boolean {
    const p = at.parent;
    if (p === undefined || p.kind !== "object" || at.slot === undefined) return false;
    const key = p.members[at.slot]!.key;
    let n = 0;
    for (const m of p.members) if (m.key === key && ++n > 1) return true;
    return false;
  }

  /** An `Env` member a fix emptied may go, unless it is written twice (then it stays, empty, shadowing the other). */
  private mayDropEnv(env: JNode): boolean {
    return !this.isDefinedTwice(this.locate(env));
  }

  private resolve(edit: Edit): { space: Space; edit: SpaceEdit }[] {
    switch (edit.op) {
      case "set": {
        const at = this.locate(edit.node);
        const emptiedEnv = this.emptiedEnvRemoval(edit.node, at, edit.value);
        if (emptiedEnv !== undefined) return emptiedEnv;
        const minimal = this.removalsOnly(edit.node, at, edit.value);
        if (minimal !== undefined) return minimal;
        const text = edit.node.space.json.text;
        const parent = at.parent;
        const layout = parent
          ? containerLayout(text, parent, this.style(edit.node.space))
          : containerLayout(text, { kind: "array", start: 0, end: 0, items: [] }, this.style(edit.node.space));
        const entryLayout = { ...layout, indent: parent ? layout.indent : "" };
        return [{ space: edit.node.space, edit: { start: at.valueStart, end: at.valueEnd, text: serializeValue(edit.value, entryLayout) } }];
      }
      case "rename": {
        const at = this.locate(edit.node);
        if (at.keyStart === undefined) throw new Unplaceable();
        this.assertNotShadowing(at);
        return [{ space: edit.node.space, edit: { start: at.keyStart, end: at.keyEnd!, text: JSON.stringify(edit.key) } }];
      }
      case "remove": {
        const at = this.locate(edit.node);
        if (at.parent === undefined) throw new Unplaceable();
        this.assertNotShadowing(at);
        const parentNode = edit.node.parent;
        if (parentNode !== undefined && at.parent.kind === "array" && at.parent.items.length === 1 && isEnvList(parentNode) && this.mayDropEnv(parentNode)) {
          return this.resolve({ op: "remove", node: parentNode });
        }
        return [{ space: edit.node.space, edit: removalRange(at.parent, at.slot!) }];
      }
      case "add":
        return this.resolveAdds([edit]);
      case "createOptions":
        return this.rewriteChunks(edit.settings.space, edit.settings.path, edit.text);
    }
  }

  /** `Env` set to an empty list by a fix (its last entries removed): the member goes too. */
  private emptiedEnvRemoval(node: JNode, at: Located, value: unknown): { space: Space; edit: SpaceEdit }[] | undefined {
    if (!Array.isArray(value) || value.length > 0 || !isEnvList(node)) return undefined;
    const c = at.container;
    if (c === undefined || c.kind !== "array" || c.items.length === 0 || at.parent === undefined || this.isDefinedTwice(at)) return undefined;
    return this.resolve({ op: "remove", node });
  }

  /**
   * A `set` whose new value is the old one with some entries left out (same order, the kept
   * entries unchanged) is written as the removal of those entries: the rest keeps its text.
   */
  private removalsOnly(node: JNode, at: Located, value: unknown): { space: Space; edit: SpaceEdit }[] | undefined {
    const c = at.container;
    if (c === undefined) return undefined;
    const old = node.value;
    if (c.kind === "array") {
      if (!Array.isArray(old) || !Array.isArray(value) || value.length >= old.length || value.length === 0 || old.length !== c.items.length) return undefined;
      const removed: number[] = [];
      let j = 0;
      for (let i = 0; i < old.length; i++) {
        if (j < value.length && jsonEqual(old[i], value[j])) j++;
        else removed.push(i);
      }
      if (j !== value.length) return undefined;
      return removalRanges(c, removed).map((edit) => ({ space: node.space, edit }));
    }
    if (!isObj(old) || !isObj(value)) return undefined;
    const keys = c.members.map((m) => m.key);
    if (new Set(keys).size !== keys.length || keys.length !== Object.keys(old).length) return undefined;
    const newKeys = Object.keys(value);
    if (newKeys.length >= keys.length || newKeys.length === 0) return undefined;
    const removed: number[] = [];
    let j = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (j < newKeys.length && newKeys[j] === k && jsonEqual(old[k], value[k])) j++;
      else removed.push(i);
    }
    if (j !== newKeys.length) return undefined;
    return removalRanges(c, removed).map((edit) => ({ space: node.space, edit }));
  }

  /**
   * A fix that removes every member of a container and adds new ones to it (a section replaced
   * whole) is written as one replacement of the container's inside, not as overlapping edits.
   */
  private replacedContainers(edits: readonly Edit[]): { kept: Edit[]; emptied: Set<string> } {
    const emptied = new Set<string>();
    const addParents = new Set(edits.filter((e) => e.op === "add").map((e) => parentKey((e as Extract<Edit, { op: "add" }>).parent)));
    const removedBy = new Map<string, number>();
    for (const e of edits) {
      if (e.op !== "remove" || e.node.path.length === 0) continue;
      const k = `${e.node.space.id}:${JSON.stringify(e.node.path.slice(0, -1))}`;
      if (addParents.has(k)) removedBy.set(k, (removedBy.get(k) ?? 0) + 1);
    }
    for (const [k, n] of removedBy) {
      const add = edits.find((e) => e.op === "add" && parentKey(e.parent) === k) as Extract<Edit, { op: "add" }>;
      const c = this.locate(add.parent).container;
      const size = c === undefined ? -1 : c.kind === "object" ? c.members.length : c.items.length;
      if (size === n) emptied.add(k);
    }
    if (emptied.size === 0) return { kept: [...edits], emptied };
    const kept = edits.filter((e) => !(e.op === "remove" && emptied.has(`${e.node.space.id}:${JSON.stringify(e.node.path.slice(0, -1))}`)));
    return { kept, emptied };
  }

  private resolveAdds(adds: Extract<Edit, { op: "add" }>[], replaceAll = false): { space: Space; edit: SpaceEdit }[] {
    const parent = adds[0]!.parent;
    const space = parent.space;
    const text = space.json.text;
    const at = this.locate(parent);
    const c = at.container;
    if (c === undefined) throw new Unplaceable();
    const layout = containerLayout(text, c, this.style(space));
    const entryText = (a: Extract<Edit, { op: "add" }>): string => {
      let valueText: string;
      if (a.copyOf !== undefined) {
        const src = this.locate(a.copyOf);
        const srcText = a.copyOf.space.json.text;
        valueText = reindent(srcText.slice(src.valueStart, src.valueEnd), lineIndentAt(srcText, src.valueStart), layout.multiline ? layout.indent : "");
      } else valueText = serializeValue(a.value, layout);
      if (c.kind === "object") {
        if (a.key === undefined) throw new Unplaceable();
        return a.copyOf !== undefined ? JSON.stringify(a.key) + layout.colon + valueText : serializeMember(a.key, a.value, layout);
      }
      return valueText;
    };
    const sep = layout.multiline ? "," + layout.eol + layout.indent : "," + layout.gap;
    const count = replaceAll ? 0 : c.kind === "object" ? c.members.length : c.items.length;
    // inserting before an existing array element
    const idx = adds[0]!.index;
    if (c.kind === "array" && idx !== undefined && idx < count) {
      const target = c.items[idx]!.valueStart;
      return [{ space, edit: { start: target, end: target, text: adds.map(entryText).join(sep) + sep } }];
    }
    const body = adds.map(entryText).join(sep);
    if (count === 0) {
      const inside = layout.multiline ? layout.eol + layout.indent + body + layout.eol + layout.closeIndent : body;
      return [{ space, edit: { start: c.start + 1, end: c.end - 1, text: inside } }];
    }
    const ends = c.kind === "object" ? c.members.map((m) => m.valueEnd) : c.items.map((i) => i.valueEnd);
    const lastEnd = ends[ends.length - 1]!;
    const trailing = findTrailingComma(text, lastEnd, c.end - 1);
    if (trailing >= 0) {
      const lead = layout.multiline ? layout.eol + layout.indent : layout.gap;
      return [{ space, edit: { start: trailing + 1, end: trailing + 1, text: lead + body + "," } }];
    }
    if (!layout.multiline) return [{ space, edit: { start: lastEnd, end: lastEnd, text: sep + body } }];
    // comma after the last entry; the new entry after any comment on that entry's line
    let p = c.end - 1;
    while (p > lastEnd && /\s/.test(text[p - 1]!)) p--;
    if (p === lastEnd) return [{ space, edit: { start: lastEnd, end: lastEnd, text: sep + body } }];
    return [
      { space, edit: { start: lastEnd, end: lastEnd, text: "," } },
      { space, edit: { start: p, end: p, text: layout.eol + layout.indent + body } },
    ];
  }

  /** Replace all createOptions chunk members of `settings` with canonical chunks of `text`. */
  private rewriteChunks(space: Space, settingsPath: Path, text: string, escapeSlash = false): { space: Space; edit: SpaceEdit }[] {
    const src = space.json.text;
    const c = space.json.locate(settingsPath)?.container;
    if (c === undefined || c.kind !== "object") throw new Unplaceable();
    const chunkSlots = c.members.map((m, i) => ({ m, i })).filter(({ m }) => isChunkKey(m.key));
    if (chunkSlots.length === 0) throw new Unplaceable();
    // beside other chunks, a chunk key holding something other than a string (an object, a number)
    // would be deleted or written twice by a re-chunk: that module's chunks are not rewritten (a
    // lone object createOptions is what create-options-object replaces, and is fine)
    if (chunkSlots.length > 1 && chunkSlots.some(({ m }) => src.charCodeAt(m.valueStart) !== 0x22)) throw new Unplaceable();
    const layout = containerLayout(src, c, this.style(space));
    const first = chunkSlots[0]!;
    // the chunks stay at the indentation of the first chunk's line, when it starts one
    const ownLine = /^[ \t]*$/.test(src.slice(lineStartAt(src, first.m.keyStart), first.m.keyStart));
    const indent = layout.multiline && ownLine ? lineIndentAt(src, first.m.keyStart) : layout.indent;
    const sep = layout.multiline ? "," + layout.eol + indent : "," + layout.gap;
    const members = splitChunks(text).map((chunk, i) => JSON.stringify(chunkKey(i)) + layout.colon + '"' + encodeStringBody(chunk, escapeSlash) + '"');
    const out: { space: Space; edit: SpaceEdit }[] = [
      { space, edit: { start: first.m.keyStart, end: first.m.valueEnd, text: members.join(sep) } },
    ];
    // remove the other chunk members, taking the separators between them
    for (const edit of removalRanges(c, chunkSlots.slice(1).map((x) => x.i))) out.push({ space, edit });
    return out;
  }

  // ---- writing a rewritten createOptions back into the file ------------------------------

  private hasNonStringChunk(space: Space): boolean {
    const info = space.embedded;
    if (info === undefined) return false;
    const c = this.fileSpace.json.locate(info.settingsPath)?.container;
    if (c?.kind !== "object") return false;
    const text = this.fileSpace.json.text;
    return c.members.some((m) => isChunkKey(m.key) && text.charCodeAt(m.valueStart) !== 0x22);
  }

  private footprint(space: Space): SpaceEdit[] {
    const info = space.embedded;
    if (info === undefined) return [];
    const settingsAt = this.fileSpace.json.locate(info.settingsPath);
    if (settingsAt?.container?.kind !== "object") return [];
    return settingsAt.container.members
      .filter((m) => isChunkKey(m.key))
      .map((m) => ({ start: m.keyStart, end: m.valueEnd, text: "" }));
  }

  /** Does the file write `/` as `\/` in this createOptions (then new text does too)? */
  private escapesSlash(space: Space): boolean {
    const info = space.embedded!;
    const settingsAt = this.fileSpace.json.locate(info.settingsPath);
    if (settingsAt?.container?.kind !== "object") return false;
    const text = this.fileSpace.json.text;
    return settingsAt.container.members.some((m) => isChunkKey(m.key) && text.slice(m.valueStart, m.valueEnd).includes("\\/"));
  }

  private writeBack(st: InnerState): SpaceEdit[] {
    const space = st.space;
    const info = space.embedded!;
    const oldText = space.json.text;
    const newText = applyEdits(oldText, st.edits);
    const single = info.chunks.length === 1;
    const escapeSlash = this.escapesSlash(space);
    if (single && (newText.length <= CHUNK_SIZE || oldText.length > CHUNK_SIZE) && space.toFile) {
      // in place: only the changed characters of the string literal are rewritten
      return st.edits.map((e) => ({ start: space.toFile!(e.start), end: space.toFile!(e.end, true), text: encodeStringBody(e.text, escapeSlash) }));
    }
    return this.rewriteChunks(this.fileSpace, info.settingsPath, newText, escapeSlash).map((r) => r.edit);
  }
}

/** `Env` of a createOptions (the Docker list of `NAME=value`). */
function isEnvList(node: JNode): boolean {
  const options = node.parent;
  if (options === undefined || !node.ci || !options.ci || typeof node.segment !== "string" || node.segment.toLowerCase() !== "env" || !node.isArray) return false;
  // directly in the createOptions object: the root of its own space, or under a member that is not read case-insensitively
  return options.parent === undefined || !options.parent.ci;
}

/** Text range that removes entry `slot` of a container with its separator. */
function removalRange(c: ContainerIndex, slot: number): SpaceEdit {
  const starts = c.kind === "object" ? c.members.map((m) => m.keyStart) : c.items.map((i) => i.valueStart);
  const ends = c.kind === "object" ? c.members.map((m) => m.valueEnd) : c.items.map((i) => i.valueEnd);
  const n = starts.length;
  if (n === 1) return { start: c.start + 1, end: c.end - 1, text: "" };
  if (slot < n - 1) return { start: starts[slot]!, end: starts[slot + 1]!, text: "" };
  return { start: ends[slot - 1]!, end: ends[slot]!, text: "" };
}

/** Ranges that remove several entries of one container (runs of neighbours removed together). */
function removalRanges(c: ContainerIndex, slots: number[]): SpaceEdit[] {
  const starts = c.kind === "object" ? c.members.map((m) => m.keyStart) : c.items.map((i) => i.valueStart);
  const ends = c.kind === "object" ? c.members.map((m) => m.valueEnd) : c.items.map((i) => i.valueEnd);
  const n = starts.length;
  const sorted = [...slots].sort((a, b) => a - b);
  const out: SpaceEdit[] = [];
  for (let k = 0; k < sorted.length; ) {
    let b = k;
    while (b + 1 < sorted.length && sorted[b + 1] === sorted[b]! + 1) b++;
    const first = sorted[k]!;
    const last = sorted[b]!;
    if (last < n - 1) out.push({ start: starts[first]!, end: starts[last + 1]!, text: "" });
    else if (first > 0) out.push({ start: ends[first - 1]!, end: ends[last]!, text: "" });
    else out.push({ start: c.start + 1, end: c.end - 1, text: "" });
    k = b + 1;
  }
  return out;
}

function parentKey(n: JNode): string {
  return `${n.space.id}:${JSON.stringify(n.path)}`;
}

function groupAdds(edits: readonly Edit[]): Edit[][] {
  const groups: Edit[][] = [];
  const byParent = new Map<string, Edit[]>();
  for (const e of edits) {
    if (e.op === "add" && e.index === undefined) {
      const k = parentKey(e.parent);
      let g = byParent.get(k);
      if (g === undefined) {
        byParent.set(k, (g = []));
        groups.push(g);
      }
      g.push(e);
    } else groups.push([e]);
  }
  return groups;
}

function dedupe(edits: SpaceEdit[]): SpaceEdit[] {
  if (edits.length < 2) return edits;
  const seen = new Set<string>();
  return edits.filter((e) => {
    const k = `${e.start}:${e.end}:${e.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Within one fix, edits may touch (a replacement and an insertion at its end) but not overlap. */
function selfOverlap(edits: SpaceEdit[]): boolean {
  if (edits.length < 2) return false;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (b.start < a.end) return true;
    if (a.start === a.end && b.start === b.end && a.start === b.start) return true;
  }
  return false;
}

function findTrailingComma(text: string, from: number, close: number): number {
  let i = from;
  while (i < close) {
    const ch = text[i]!;
    if (ch === ",") return i;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "/" && text[i + 1] === "/") {
      let nl = i + 2;
      while (nl < close && text[nl] !== "\n" && text[nl] !== "\r") nl++;
      i = nl;
      continue;
    }
    if (ch === "/" && text[i + 1] === "*") {
      const e = text.indexOf("*/", i + 2);
      i = e < 0 ? close : e + 2;
      continue;
    }
    return -1;
  }
  return -1;
}

/** Move a multi-line value from one indentation to another, keeping its inner layout. */
function reindent(valueText: string, from: string, to: string): string {
  if (!/[\r\n]/.test(valueText) || from === to) return valueText;
  return valueText
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i === 0 || i % 2 === 1 ? part : part.startsWith(from) ? to + part.slice(from.length) : part))
    .join("");
}
