import type { ContainerIndex } from "../json/document.js";
import type { Located } from "../json/document.js";
import { encodeStringBody } from "../json/string-literal.js";
import { isChunkKey } from "../model/manifest.js";
import type { JNode, Space } from "../model/node.js";
import type { Path } from "../json/path.js";
import { containerLayout, serializeMember, serializeValue, textStyle, type TextStyle } from "./layout.js";
import type { Edit, TextEdit } from "./types.js";

/** Chunks written by IoT Edge tooling hold at most this many characters (iotedge-k8s-facts §2.2). */
export const CHUNK_SIZE = 512;

interface SpaceEdit {
  start: number;
  end: number;
  text: string;
}

interface InnerState {
  space: Space;
  edits: SpaceEdit[];
}

class Conflict extends Error {}

// a text's style is read once per text, not once per fix (the engine makes a batch per finding)
const styleCache = new WeakMap<Space["json"], TextStyle>();
function styleOf(json: Space["json"]): TextStyle {
  let s = styleCache.get(json);
  if (s === undefined) styleCache.set(json, (s = textStyle(json.text)));
  return s;
}

function overlaps(a: SpaceEdit, b: { start: number; end: number }): boolean {
  const lo = Math.max(a.start, b.start);
  const hi = Math.min(a.end, b.end);
  if (lo < hi) return true;
  return (a.start === a.end || b.start === b.end) && lo <= hi;
}

function applyTextEdits(text: string, edits: SpaceEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
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

/**
 * Collects fixes for one pass. Each fix is accepted whole or not at all: when any of its text
 * ranges overlaps an accepted fix, it waits for the next pass. Edits inside a stringified
 * createOptions are made on the options' own text and written back into the string (its
 * escapes kept) or, when the chunking must change, as canonical chunks.
 */
export class EditBatch {
  private readonly outer: SpaceEdit[] = [];
  private readonly inner = new Map<number, InnerState>();
  private readonly styles = new Map<number, TextStyle>();

  constructor(private readonly fileSpace: Space) {}

  get empty(): boolean {
    return this.outer.length === 0 && this.inner.size === 0;
  }

  /** Add one fix; false when it conflicts with what is already accepted or cannot be placed. */
  tryAdd(edits: readonly Edit[]): boolean {
    let outer: SpaceEdit[] = [];
    const inner = new Map<number, { space: Space; edits: SpaceEdit[] }>();
    try {
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
      if (e instanceof Conflict) return false;
      throw e;
    }
    // edits inside a chunked createOptions whose settings also hold a non-string chunk: writing them
    // back could re-chunk and delete that value, so the fix is not taken
    for (const { space } of inner.values()) if (this.hasNonStringChunk(space)) return false;
    outer = dedupe(outer);
    // the fix's own edits must not overlap each other
    if (selfOverlap(outer)) return false;
    for (const { edits: es } of inner.values()) if (selfOverlap(es)) return false;
    // against accepted outer edits and the footprints of createOptions being rewritten
    const footprints: SpaceEdit[] = [];
    for (const st of this.inner.values()) footprints.push(...this.footprint(st.space));
    for (const e of outer) {
      if (this.outer.some((o) => overlaps(e, o))) return false;
      if (footprints.some((f) => overlaps(e, f))) return false;
    }
    for (const [id, { space, edits: es }] of inner) {
      const fp = this.footprint(space);
      if (this.outer.some((o) => fp.some((f) => overlaps(o, f)))) return false;
      if (outer.some((o) => fp.some((f) => overlaps(o, f)))) return false;
      const accepted = this.inner.get(id)?.edits ?? [];
      for (const e of es) if (accepted.some((a) => overlaps(e, a))) return false;
    }
    this.outer.push(...outer);
    for (const [id, { space, edits: es }] of inner) {
      const st = this.inner.get(id);
      if (st === undefined) this.inner.set(id, { space, edits: [...es] });
      else st.edits.push(...es);
    }
    return true;
  }

  /** The file's text edits, once the rewritten createOptions are written back. */
  textEdits(): TextEdit[] {
    const all = [...this.outer];
    for (const st of this.inner.values()) all.push(...this.writeBack(st));
    return all.sort((a, b) => a.start - b.start);
  }

  apply(): string {
    return applyTextEdits(this.fileSpace.json.text, this.textEdits());
  }

  // ---- resolving logical edits into text edits -------------------------------------------

  private style(space: Space): TextStyle {
    let s = this.styles.get(space.id);
    if (s === undefined) this.styles.set(space.id, (s = styleOf(space.json)));
    return s;
  }

  private locate(node: JNode): Located {
    const at = node.locate();
    if (at === undefined) throw new Conflict();
    return at;
  }

  private resolve(edit: Edit): { space: Space; edit: SpaceEdit }[] {
    switch (edit.op) {
      case "set": {
        const at = this.locate(edit.node);
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
        if (at.keyStart === undefined) throw new Conflict();
        return [{ space: edit.node.space, edit: { start: at.keyStart, end: at.keyEnd!, text: JSON.stringify(edit.key) } }];
      }
      case "remove": {
        const at = this.locate(edit.node);
        if (at.parent === undefined) throw new Conflict();
        return [{ space: edit.node.space, edit: removalRange(at.parent, at.slot!) }];
      }
      case "add":
        return this.resolveAdds([edit]);
      case "createOptions":
        return this.rewriteChunks(edit.settings.space, edit.settings.path, edit.text);
    }
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
    if (c === undefined) throw new Conflict();
    const layout = containerLayout(text, c, this.style(space));
    const entryText = (a: Extract<Edit, { op: "add" }>): string => {
      let valueText: string;
      if (a.copyOf !== undefined) {
        const src = this.locate(a.copyOf);
        valueText = reindent(a.copyOf.space.json.text.slice(src.valueStart, src.valueEnd), lineIndentOf(a.copyOf.space.json.text, src.valueStart), layout.multiline ? layout.indent : "");
      } else valueText = serializeValue(a.value, layout);
      if (c.kind === "object") {
        if (a.key === undefined) throw new Conflict();
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
  private rewriteChunks(space: Space, settingsPath: Path, text: string): { space: Space; edit: SpaceEdit }[] {
    const src = space.json.text;
    const c = space.json.locate(settingsPath)?.container;
    if (c === undefined || c.kind !== "object") throw new Conflict();
    const chunkSlots = c.members.map((m, i) => ({ m, i })).filter(({ m }) => isChunkKey(m.key));
    if (chunkSlots.length === 0) throw new Conflict();
    // beside other chunks, a chunk key holding something other than a string (an object, a number)
    // would be deleted or written twice by a re-chunk: that module's chunks are not rewritten (a
    // lone object createOptions is what create-options-object replaces, and is fine)
    if (chunkSlots.length > 1 && chunkSlots.some(({ m }) => src.charCodeAt(m.valueStart) !== 0x22)) throw new Conflict();
    const layout = containerLayout(src, c, this.style(space));
    const sep = layout.multiline ? "," + layout.eol + layout.indent : "," + layout.gap;
    const members = splitChunks(text).map((chunk, i) => JSON.stringify(chunkKey(i)) + layout.colon + JSON.stringify(chunk));
    const first = chunkSlots[0]!;
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

  private writeBack(st: InnerState): SpaceEdit[] {
    const space = st.space;
    const info = space.embedded!;
    const oldText = space.json.text;
    const newText = applyTextEdits(oldText, st.edits);
    const single = info.chunks.length === 1;
    if (single && (newText.length <= CHUNK_SIZE || oldText.length > CHUNK_SIZE) && space.toFile) {
      // in place: only the changed characters of the string literal are rewritten
      return st.edits.map((e) => ({ start: space.toFile!(e.start), end: space.toFile!(e.end, true), text: encodeStringBody(e.text) }));
    }
    return this.rewriteChunks(this.fileSpace, info.settingsPath, newText).map((r) => r.edit);
  }
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
      const k = `${e.parent.space.id}:${JSON.stringify(e.parent.path)}`;
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
  for (let i = 0; i < edits.length; i++) {
    for (let j = i + 1; j < edits.length; j++) {
      const a = edits[i]!;
      const b = edits[j]!;
      if (Math.max(a.start, b.start) < Math.min(a.end, b.end)) return true;
      if (a.start === a.end && b.start === b.end && a.start === b.start) return true;
    }
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
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? close : nl + 1;
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

function lineIndentOf(text: string, offset: number): string {
  const ls = text.lastIndexOf("\n", offset - 1) + 1;
  const m = /^[ \t]*/.exec(text.slice(ls, offset));
  return m ? m[0] : "";
}

/** Move a multi-line value from one indentation to another, keeping its inner layout. */
function reindent(valueText: string, from: string, to: string): string {
  if (!valueText.includes("\n") || from === to) return valueText;
  return valueText
    .split("\n")
    .map((line, i) => (i === 0 ? line : line.startsWith(from) ? to + line.slice(from.length) : line))
    .join("\n");
}

