/**
 * Edits of a configuration file's `suppressions` that keep the rest of the file: YAML through the
 * `yaml` package's Document API (comments, key order and formatting of the other entries stay),
 * JSON by parsing and writing it again with two-space indentation (JSON has no comments to keep).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import type { Document, Scalar, YAMLMap, YAMLSeq } from "yaml";
import { yaml } from "../vendor/yaml.js";

// the yaml package is loaded when a configuration is edited, not when the CLI starts
const isMap = (node: unknown): node is YAMLMap => yaml().isMap(node);
const isSeq = (node: unknown): node is YAMLSeq => yaml().isSeq(node);
const parseDocument = (text: string): Document => yaml().parseDocument(text);
import { writeAtomic } from "../files.js";

/** One suppression as it is written: `files` a glob (the finding's path), `rule` one id. */
export interface WrittenSuppression {
  files: string;
  rule: string;
  module?: string;
  pointer?: string;
  reason: string;
  expires: string;
}

/** The file's mode, kept when it is rewritten (undefined for a new file). */
const modeOf = (path: string): number | undefined => (existsSync(path) ? statSync(path).mode & 0o7777 : undefined);

const isJson = (path: string): boolean => /\.json$/i.test(path);

function readText(path: string): { text: string; bom: boolean } {
  if (!existsSync(path)) return { text: "", bom: false };
  const raw = readFileSync(path, "utf8");
  const bom = raw.charCodeAt(0) === 0xfeff;
  return { text: bom ? raw.slice(1) : raw, bom };
}

function entryObject(s: WrittenSuppression): Record<string, string> {
  const o: Record<string, string> = { files: s.files, rule: s.rule };
  if (s.module !== undefined) o.module = s.module;
  if (s.pointer !== undefined) o.pointer = s.pointer;
  o.reason = s.reason;
  o.expires = s.expires;
  return o;
}

function suppressionsSeq(doc: Document): YAMLSeq {
  const existing = doc.get("suppressions", true);
  if (isSeq(existing)) return existing;
  const seq = new (yaml().YAMLSeq)();
  if (doc.contents === null || doc.contents === undefined) doc.contents = doc.createNode({});
  doc.set("suppressions", seq);
  return seq;
}

function yamlDoc(text: string, path: string): Document {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`${path}: not valid YAML; not changed`);
  return doc;
}

const lineStart = (text: string, at: number): number => text.lastIndexOf("\n", at - 1) + 1;
const nextLineStart = (text: string, at: number): number => {
  const nl = text.indexOf("\n", at);
  return nl < 0 ? text.length : nl + 1;
};

/** The `suppressions` of a YAML text as plain data (to check a text edit did what it should). */
const suppressionsOf = (text: string): unknown => {
  const doc = parseDocument(text);
  return doc.errors.length > 0 ? undefined : (doc.toJS() as { suppressions?: unknown } | null)?.suppressions;
};
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** New list items as YAML text, each line indented by `indent`. */
function itemsText(entries: readonly WrittenSuppression[], indent: string, eol: string): string {
  const doc = new (yaml().Document)(entries.map(entryObject));
  for (const item of (doc.contents as YAMLSeq).items) ((item as YAMLMap).get("expires", true) as Scalar).type = yaml().Scalar.QUOTE_DOUBLE;
  const body = doc.toString({ lineWidth: 0 });
  return body
    .replace(/\n$/, "")
    .split("\n")
    .map((l) => indent + l + eol)
    .join("");
}

/**
 * The YAML text with the entries added, touching nothing else: after the last item of a block
 * `suppressions` list, or as a new `suppressions:` key at the end. Undefined when the text does
 * not lend itself to that (a flow list, an empty key...): the caller then edits the document.
 */
function appendAsText(text: string, doc: Document, entries: readonly WrittenSuppression[]): string | undefined {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const seq = doc.get("suppressions", true);
  let out: string;
  if (seq === undefined && !doc.has("suppressions") && (doc.contents === null || isMap(doc.contents)) && !(isMap(doc.contents) && doc.contents.flow)) {
    const sep = text === "" || text.endsWith("\n") ? "" : eol;
    out = text + sep + "suppressions:" + eol + itemsText(entries, "  ", eol);
  } else if (isSeq(seq) && seq.flow && seq.items.length === 0 && seq.range && /^[ \t]*(?:#.*)?\r?$/.test(text.slice(seq.range[1], nextLineStart(text, seq.range[1])).replace(/\n$/, ""))) {
    // `suppressions: []` (what pruning the last one leaves) becomes a block list
    const [start, end] = seq.range;
    const keyLine = lineStart(text, start);
    const indent = /^ */.exec(text.slice(keyLine))![0] + "  ";
    const after = text.slice(end, nextLineStart(text, end)).replace(/\r?\n$/, "");
    out = text.slice(0, start).replace(/[ \t]+$/, "") + after + eol + itemsText(entries, indent, eol) + text.slice(nextLineStart(text, end));
  } else if (isSeq(seq) && !seq.flow && seq.items.length > 0 && seq.range) {
    const first = seq.items[0] as { range?: [number, number, number] };
    const last = seq.items[seq.items.length - 1] as { range?: [number, number, number] };
    if (!first.range || !last.range) return undefined;
    const dash = text.lastIndexOf("-", first.range[0]);
    if (dash < 0) return undefined;
    const indent = text.slice(lineStart(text, dash), dash);
    if (!/^ *$/.test(indent)) return undefined;
    const at = nextLineStart(text, Math.max(last.range[1] - 1, 0));
    const before = text.slice(0, at);
    out = before + (before.endsWith("\n") ? "" : eol) + itemsText(entries, indent, eol) + text.slice(at);
  } else return undefined;
  const expected = [...(((doc.toJS() as { suppressions?: unknown[] } | null)?.suppressions as unknown[] | undefined) ?? []), ...entries.map(entryObject)];
  return same(suppressionsOf(out), expected) ? out : undefined;
}

/** The YAML text without the list items at these indexes (whole lines), or undefined when that cannot be done cleanly. */
function removeAsText(text: string, seq: YAMLSeq, desc: readonly number[], doc: Document): string | undefined {
  if (seq.flow) return undefined;
  let out = text;
  for (const i of desc) {
    const item = seq.items[i] as { range?: [number, number, number] } | undefined;
    const next = seq.items[i + 1] as { range?: [number, number, number] } | undefined;
    if (!item?.range) return undefined;
    const dash = text.lastIndexOf("-", item.range[0]);
    const from = lineStart(text, dash);
    const to = next?.range ? lineStart(text, text.lastIndexOf("-", next.range[0])) : nextLineStart(text, Math.max(item.range[1] - 1, 0));
    out = out.slice(0, from) + out.slice(to);
  }
  const kept = (((doc.toJS() as { suppressions?: unknown[] }).suppressions ?? []) as unknown[]).filter((_, i) => !desc.includes(i));
  if (kept.length === 0) {
    // an empty key would read as null: write an empty list
    const pair = isMap(doc.contents) ? doc.contents.items.find((p) => (p.key as { value?: unknown } | null)?.value === "suppressions") : undefined;
    const keyEnd = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[1];
    const colon = keyEnd === undefined ? -1 : out.indexOf(":", keyEnd);
    if (colon < 0) return undefined;
    out = out.slice(0, colon + 1) + " []" + out.slice(colon + 1);
  }
  const now = suppressionsOf(out);
  return same(now ?? [], kept) ? out : undefined;
}

/** Appends suppressions to a configuration file (created when missing). */
export function appendSuppressions(path: string, entries: readonly WrittenSuppression[]): void {
  if (entries.length === 0) return;
  const { text, bom } = readText(path);
  let out: string;
  if (isJson(path)) {
    const data = (text.trim() === "" ? {} : JSON.parse(text)) as { suppressions?: unknown[] };
    data.suppressions = [...(data.suppressions ?? []), ...entries.map(entryObject)];
    out = JSON.stringify(data, null, 2) + "\n";
  } else {
    const doc = yamlDoc(text, path);
    const asText = appendAsText(text, doc, entries);
    if (asText !== undefined) out = asText;
    else {
      const seq = suppressionsSeq(doc);
      for (const e of entries) {
        const node = doc.createNode(entryObject(e));
        // a date-like scalar is quoted so that YAML 1.1 readers do not take it for a timestamp
        (node.get("expires", true) as Scalar).type = yaml().Scalar.QUOTE_DOUBLE;
        seq.items.push(node);
      }
      out = doc.toString();
    }
  }
  writeAtomic(path, (bom ? "\ufeff" : "") + out, modeOf(path));
}

/** Removes the suppressions at these indexes of the file's `suppressions` list. */
export function removeSuppressions(path: string, indexes: readonly number[]): void {
  if (indexes.length === 0) return;
  const { text, bom } = readText(path);
  const desc = [...new Set(indexes)].sort((a, b) => b - a);
  let out: string;
  if (isJson(path)) {
    const data = JSON.parse(text) as { suppressions?: unknown[] };
    for (const i of desc) data.suppressions?.splice(i, 1);
    out = JSON.stringify(data, null, 2) + "\n";
  } else {
    const doc = yamlDoc(text, path);
    const seq = doc.get("suppressions", true);
    if (!isSeq(seq)) return;
    const asText = removeAsText(text, seq, desc, doc);
    if (asText !== undefined) out = asText;
    else {
      for (const i of desc) seq.items.splice(i, 1);
      out = doc.toString();
    }
  }
  writeAtomic(path, (bom ? "\ufeff" : "") + out, modeOf(path));
}
