/**
 * The fix guard: what a fix pass may change. After a pass, before anything is returned or
 * written, the result is compared with its input:
 *  - no object (in the file, or in any createOptions string with its chunks joined) has a
 *    duplicate key that the input did not have (the agent would keep the last and lose the first);
 *  - every JSON value outside the paths the applied fixes declare is unchanged (createOptions
 *    compared as the objects they hold, whatever their chunking and escapes).
 */
import { findDuplicateKeys } from "../json/duplicate-keys.js";
import type { Path } from "../json/path.js";
import { isChunkKey, chunkOrder, type Manifest } from "../model/manifest.js";
import type { JNode } from "../model/node.js";
import { parseWithBarePlaceholders } from "../model/placeholders.js";
import type { Edit } from "./types.js";

/** Paths (keys and indexes, through a stringified createOptions as `createOptions/...`) a fix may change. */
export function declaredPaths(edits: readonly Edit[]): Path[] {
  const out: Path[] = [];
  for (const e of edits) {
    switch (e.op) {
      case "set":
        out.push(logicalPath(e.node));
        break;
      case "remove": {
        const p = logicalPath(e.node);
        // an element removed shifts the ones after it (and an emptied Env goes with its last
        // element): the whole list is the fix's
        out.push(typeof p[p.length - 1] === "number" ? p.slice(0, -1) : p);
        break;
      }
      case "rename": {
        const p = logicalPath(e.node);
        out.push(p, [...p.slice(0, -1), e.key]);
        break;
      }
      case "add": {
        const p = logicalPath(e.parent);
        out.push(e.key !== undefined && !e.parent.isArray ? [...p, e.key] : p);
        break;
      }
      case "createOptions":
        out.push([...logicalPath(e.settings), "createOptions"]);
        break;
    }
  }
  return out;
}

function logicalPath(node: JNode): Path {
  const info = node.space.embedded;
  return info === undefined ? node.path : [...info.settingsPath, "createOptions", ...node.path];
}

/** Duplicate keys of a manifest, as `key@depth` signatures counted (file text and every createOptions text). */
function duplicateSignatures(m: Manifest): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (sig: string) => counts.set(sig, (counts.get(sig) ?? 0) + 1);
  // with the parsed values, a text that has none is known to have none without a scan
  for (const d of findDuplicateKeys(m.source.text, m.doc.text === m.source.text ? m.doc.value : undefined)) add(`file:${d.key}@${d.path.length}`);
  for (const mod of m.modules) {
    const text = mod.createOptions.text;
    if (text === undefined || mod.createOptions.error !== undefined) continue;
    for (const d of findDuplicateKeys(text, mod.createOptions.root?.value)) add(`createOptions:${d.key}@${d.path.length}`);
  }
  return counts;
}

interface Trie {
  whole: boolean;
  kids: Map<string, Trie>;
}

function trieOf(paths: readonly Path[]): Trie {
  const root: Trie = { whole: false, kids: new Map() };
  for (const p of paths) {
    let t = root;
    for (const seg of p) {
      const k = String(seg);
      let next = t.kids.get(k);
      if (next === undefined) t.kids.set(k, (next = { whole: false, kids: new Map() }));
      t = next;
    }
    t.whole = true;
  }
  return root;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** An object's chunked createOptions (all chunk members strings) as one value: the object they hold, or the joined text. */
function withJoinedCreateOptions(o: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(o).filter(isChunkKey);
  if (keys.length === 0 || !keys.every((k) => typeof o[k] === "string")) return o;
  const joined = keys
    .sort((a, b) => chunkOrder(a) - chunkOrder(b))
    .map((k) => o[k] as string)
    .join("");
  let value: unknown = joined;
  if (joined.trim() !== "") {
    try {
      value = JSON.parse(joined);
    } catch {
      // a template's createOptions text may hold bare placeholders (read as values, as the model
      // reads them); anything else is compared as text
      const tolerant = parseWithBarePlaceholders(joined);
      if (tolerant !== undefined) value = tolerant.value;
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (!isChunkKey(k)) out[k] = v;
  out.createOptions = value;
  return out;
}

/** The first path (outside the declared ones) whose value differs, or undefined. */
function firstChange(before: unknown, after: unknown, t: Trie | undefined, path: (string | number)[]): Path | undefined {
  if (t?.whole) return undefined;
  if (before === after) return undefined;
  if (Array.isArray(before)) {
    if (!Array.isArray(after) || after.length !== before.length) return path;
    for (let i = 0; i < before.length; i++) {
      const hit = firstChange(before[i], after[i], t?.kids.get(String(i)), [...path, i]);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
  if (isObj(before)) {
    if (!isObj(after)) return path;
    const b = withJoinedCreateOptions(before);
    const a = withJoinedCreateOptions(after);
    for (const k of Object.keys(b)) {
      const kt = t?.kids.get(k);
      if (!Object.prototype.hasOwnProperty.call(a, k)) {
        if (kt?.whole) continue;
        return [...path, k];
      }
      const hit = firstChange(b[k], a[k], kt, [...path, k]);
      if (hit !== undefined) return hit;
    }
    for (const k of Object.keys(a)) {
      if (Object.prototype.hasOwnProperty.call(b, k)) continue;
      if (t?.kids.get(k)?.whole) continue;
      return [...path, k];
    }
    return undefined;
  }
  return Number.isNaN(before) && Number.isNaN(after) ? undefined : path;
}

export interface GuardBaseline {
  manifest: Manifest;
  duplicates: Map<string, number>;
}

export function guardBaseline(manifest: Manifest): GuardBaseline {
  return { manifest, duplicates: duplicateSignatures(manifest) };
}

/** Why a fixed manifest breaks the guard, or undefined when it holds. */
export function guardViolation(before: GuardBaseline, after: Manifest, declared: readonly Path[]): string | undefined {
  return guardCheck(before, after, declared).violation;
}

/** The guard's verdict on a fixed manifest, and that manifest as the baseline of the next pass. */
export function guardCheck(before: GuardBaseline, after: Manifest, declared: readonly Path[]): { violation?: string; baseline: GuardBaseline } {
  const baseline = guardBaseline(after);
  const violation = violationOf(before, baseline, declared);
  return violation === undefined ? { baseline } : { violation, baseline };
}

function violationOf(before: GuardBaseline, afterBaseline: GuardBaseline, declared: readonly Path[]): string | undefined {
  const after = afterBaseline.manifest;
  const dups = afterBaseline.duplicates;
  for (const [sig, n] of dups) {
    if (n > (before.duplicates.get(sig) ?? 0)) {
      const key = sig.slice(sig.indexOf(":") + 1, sig.lastIndexOf("@"));
      return `it would define the key '${key}' twice in one object (the last would win and the first be lost)`;
    }
  }
  const changed = firstChange(before.manifest.root.value, after.root.value, trieOf(declared), []);
  if (changed !== undefined) return `it would change a value it does not own (at /${changed.map(String).join("/")})`;
  return undefined;
}
