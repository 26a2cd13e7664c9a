/**
 * The rendered objects as multi-document YAML: a comment per object and per field group naming
 * the manifest path it came from, a header for templates, and what the translation drops or
 * changes as comments after each module's objects.
 */
import type { Document, Node } from "yaml";
import { yaml } from "../vendor/yaml.js";
import type { RenderResult, RenderedModule, RenderedObject } from "./types.js";

const TEMPLATE_HEADER = [
  " Rendered from a deployment template: placeholders (${MODULES.x}, $VAR, ...) are kept as they are.",
  " Render the generated manifest (config/deployment.*.json) to see the values the device gets.",
];

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, " ");
}

/** Put a comment before the field `path` of `doc` (on the key of a map member, on a sequence item). */
function commentAt(doc: Document, path: readonly (string | number)[], text: string): void {
  if (path.length === 0) return;
  const { isMap, isScalar, isSeq } = yaml();
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1]!;
  let target: Node | undefined;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
    if (pair !== undefined && isScalar(pair.key)) target = pair.key;
  } else if (isSeq(parent) && typeof last === "number") {
    target = parent.items[last] as Node | undefined;
  }
  if (target === undefined) return;
  const line = ` from ${oneLine(text)}`;
  target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${line}` : line;
}

function objectDoc(o: RenderedObject, header: string[]): Document {
  const { Document: YamlDocument, isMap, isScalar } = yaml();
  const doc = new YamlDocument(o.object);
  // on the first key rather than the document: no blank line between the comment and the object
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  const text = [...header, ` ${o.kind} ${o.name}: from ${oneLine(o.from)}`].join("\n");
  if (isScalar(first)) first.commentBefore = text;
  else doc.commentBefore = text;
  for (const f of o.fields) commentAt(doc, f.field, f.note === undefined ? f.from : `${f.from}; ${f.note}`);
  return doc;
}

/** The comment lines listing what the translation drops or changes for a module. */
export function noteLines(m: RenderedModule): string[] {
  if (m.notes.length === 0) return [` Module ${m.module}: nothing is dropped or changed beyond the mapping above.`];
  const lines = [` Module ${m.module}: what the translation drops or changes (the rule that reports it in brackets):`];
  for (const n of m.notes) lines.push(` - [${n.ruleId ?? (n.info ? "info" : "no rule")}] ${oneLine(n.message)}${n.from !== "" ? ` (${oneLine(n.from)})` : ""}`);
  return lines;
}

/** One module's YAML documents. */
export function moduleYaml(result: RenderResult, m: RenderedModule, first: boolean): string {
  const header = [...(first && result.template ? TEMPLATE_HEADER : []), ` Module ${m.module} -> Kubernetes name ${m.name} (namespace ${result.namespace})`];
  const docs = m.objects.map((o, i) => objectDoc(o, i === 0 ? header : []));
  const notes = noteLines(m);
  const opts = { lineWidth: 0, minContentWidth: 0 };
  if (docs.length === 0) return [...header, ...notes].map((l) => `#${l}`).join("\n") + "\n";
  docs[docs.length - 1]!.comment = notes.join("\n");
  return docs.map((d) => d.toString(opts)).join("---\n");
}

/** Every module of a render as one multi-document YAML text. */
export function renderYaml(result: RenderResult): string {
  return result.modules.map((m, i) => moduleYaml(result, m, i === 0)).join("---\n");
}
