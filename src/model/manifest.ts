import { JsonDoc } from "../json/document.js";
import type { SyntaxProblem } from "../json/scanner.js";
import { decodedToRawMap } from "../json/string-literal.js";
import type { Path } from "../json/path.js";
import { Source } from "../source.js";
import { JNode, asString, isPlainObject, type Space } from "./node.js";
import { isPlaceholder, parseWithBarePlaceholders } from "./placeholders.js";

export type ManifestShape = "modulesContent" | "legacy-moduleContent" | "content" | "modulesContent-root" | "twin";

export interface CreateOptions {
  /** "none": no createOptions, or "" */
  form: "none" | "object" | "string";
  /** the parsed createOptions object (keys case-insensitive), when it is a JSON object */
  root: JNode | undefined;
  /** string form: the chunk members (`createOptions`, `createOptions01`, ...) in reading order */
  chunks: JNode[];
  /** string form: the joined text that parsed (or failed to) */
  text?: string;
  /** string form: the space that paths inside the string refer to */
  space?: Space;
  /** why the joined createOptions could not be read as a JSON object */
  error?: { message: string; offset: number; length: number; space: Space | undefined; node: JNode };
}

export interface Module {
  name: string;
  /** edgeAgent and edgeHub */
  system: boolean;
  /** the module object; its key is the module name (in layered files, the dotted key) */
  node: JNode;
  /** layered deployments: the whole dotted key, e.g. `properties.desired.modules.camera` */
  layeredKey?: string;
  settings: JNode | undefined;
  image: string | undefined;
  createOptions: CreateOptions;
  /** the module `env` map */
  env: JNode | undefined;
  /** the module's twin (`modulesContent[name]`) */
  twin: JNode | undefined;
  /** the name is (or contains) a template placeholder */
  placeholderName: boolean;
}

export interface RouteRef {
  name: string;
  /** the route string's node (the string itself, or the `route` member of a route object) */
  node: JNode;
  text: string;
  /** module names the route mentions, with their offsets in the decoded route text */
  modules: { name: string; start: number; end: number }[];
}

export interface Manifest {
  source: Source;
  doc: JsonDoc;
  root: JNode;
  shape: ManifestShape;
  /** deployment template: createOptions may be objects, placeholders may stand anywhere */
  template: boolean;
  /** the path of modulesContent (or the twin root) */
  contentPath: Path;
  modulesContent: JNode | undefined;
  /** `$edgeAgent["properties.desired"]` (or the twin's `properties.desired`) */
  agentDesired: JNode | undefined;
  /** `$edgeHub["properties.desired"]` */
  hubDesired: JNode | undefined;
  /** true when modules are given as dotted `properties.desired.modules.X` keys */
  layered: boolean;
  modules: Module[];
  routes: RouteRef[];
}

export type ManifestResult =
  | { kind: "manifest"; manifest: Manifest }
  | { kind: "not-a-manifest" }
  | { kind: "invalid-json"; source: Source; error: SyntaxProblem; tolerantHint: boolean };

/** deployment.template.json, deployment.debug.template.json, *.template.windows.json, gateway-deployment-template.json */
const TEMPLATE_NAME = /template[^\\/]*\.json$/i;
const CHUNK_KEY = /^createoptions(\d*)$/i;
const LAYERED_MODULE_KEY = /^properties\.desired\.(modules|systemModules)\.(.+)$/;
const LAYERED_ROUTE_KEY = /^properties\.desired\.routes\.(.+)$/;
const SYSTEM_NAMES = new Set(["edgeAgent", "edgeHub"]);

let spaceCounter = 0;

export function isTemplatePath(filePath: string): boolean {
  return TEMPLATE_NAME.test(filePath);
}

/** Numeric reading order of chunk keys: `createOptions` first, then by the number of the suffix. */
export function chunkOrder(key: string): number {
  const m = CHUNK_KEY.exec(key);
  if (m === null) return Number.NaN;
  return m[1] === "" ? -1 : Number(m[1]);
}

export function isChunkKey(key: string): boolean {
  return CHUNK_KEY.test(key);
}

/** Read a file's text as a manifest. Never throws for bad input. */
export function readManifest(filePath: string, raw: string): ManifestResult {
  const source = new Source(filePath, raw);
  const byName = isTemplatePath(filePath);
  let parsed = JsonDoc.parse(source.text, byName);
  let template = byName;
  if (parsed.doc === undefined && !byName) {
    // a template under another name (it declares $schema-template) is read as one
    const tolerant = JsonDoc.parse(source.text, true);
    if (tolerant.doc !== undefined && isPlainObject(tolerant.doc.value) && "$schema-template" in tolerant.doc.value) {
      parsed = tolerant;
      template = true;
    } else {
      return { kind: "invalid-json", source, error: parsed.error!, tolerantHint: tolerant.doc !== undefined };
    }
  }
  if (parsed.doc === undefined) return { kind: "invalid-json", source, error: parsed.error!, tolerantHint: false };
  const doc = parsed.doc;
  const space: Space = { id: ++spaceCounter, json: doc };
  const root = JNode.root(space, doc.value);
  if (!root.isObject) return { kind: "not-a-manifest" };
  if (root.getExact("$schema-template") !== undefined) template = true;

  const found = findContent(root);
  if (found === undefined) return { kind: "not-a-manifest" };
  const { shape, content } = found;

  const manifest: Manifest = {
    source,
    doc,
    root,
    shape,
    template,
    contentPath: content.path,
    modulesContent: shape === "twin" ? undefined : content,
    agentDesired: undefined,
    hubDesired: undefined,
    layered: false,
    modules: [],
    routes: [],
  };

  if (shape === "twin") {
    manifest.agentDesired = content;
    collectModules(manifest, content, template);
    return { kind: "manifest", manifest };
  }

  const agent = content.getExact("$edgeAgent");
  const hub = content.getExact("$edgeHub");
  manifest.agentDesired = agent?.getExact("properties.desired");
  manifest.hubDesired = hub?.getExact("properties.desired");
  if (manifest.agentDesired !== undefined) collectModules(manifest, manifest.agentDesired, template);
  if (agent !== undefined) {
    for (const member of agent.entries()) {
      const m = LAYERED_MODULE_KEY.exec(member.key!);
      if (m === null || !member.isObject) continue;
      manifest.layered = true;
      manifest.modules.push(makeModule(manifest, member, m[2]!, m[1] === "systemModules" || SYSTEM_NAMES.has(m[2]!), template, member.key));
    }
  }
  collectRoutes(manifest, hub);
  // module twins
  for (const mod of manifest.modules) mod.twin = content.getExact(mod.name);
  return { kind: "manifest", manifest };
}

function findContent(root: JNode): { shape: ManifestShape; content: JNode } | undefined {
  const mc = root.getExact("modulesContent");
  if (mc?.isObject) return { shape: "modulesContent", content: mc };
  const legacy = root.getExact("moduleContent");
  if (legacy?.isObject) return { shape: "legacy-moduleContent", content: legacy };
  const inner = root.getExact("content");
  if (inner?.isObject) {
    const c = inner.getExact("modulesContent") ?? inner.getExact("moduleContent");
    if (c?.isObject) return { shape: "content", content: c };
  }
  if (root.getExact("$edgeAgent")?.isObject) return { shape: "modulesContent-root", content: root };
  const desired = root.getExact("properties")?.getExact("desired");
  if (desired?.isObject && (desired.getExact("modules") !== undefined || desired.getExact("systemModules") !== undefined)) {
    return { shape: "twin", content: desired };
  }
  return undefined;
}

function collectModules(manifest: Manifest, desired: JNode, template: boolean): void {
  const sys = desired.getExact("systemModules");
  for (const m of sys?.entries() ?? []) {
    if (m.isObject) manifest.modules.push(makeModule(manifest, m, m.key!, true, template, undefined));
  }
  const mods = desired.getExact("modules");
  for (const m of mods?.entries() ?? []) {
    if (m.isObject) manifest.modules.push(makeModule(manifest, m, m.key!, false, template, undefined));
  }
}

function makeModule(manifest: Manifest, node: JNode, name: string, system: boolean, template: boolean, layeredKey: string | undefined): Module {
  const settings = node.getExact("settings");
  const mod: Module = {
    name,
    system,
    node,
    settings: settings?.isObject ? settings : undefined,
    image: asString(settings?.getExact("image")),
    createOptions: { form: "none", root: undefined, chunks: [] },
    env: node.getExact("env"),
    twin: undefined,
    placeholderName: isPlaceholder(name),
  };
  if (layeredKey !== undefined) mod.layeredKey = layeredKey;
  if (mod.settings !== undefined) mod.createOptions = readCreateOptions(manifest, mod.settings, name, template);
  return mod;
}

function readCreateOptions(manifest: Manifest, settings: JNode, module: string, template: boolean): CreateOptions {
  const chunkMembers = settings.entries().filter((e) => CHUNK_KEY.test(e.key!));
  if (chunkMembers.length === 0) return { form: "none", root: undefined, chunks: [] };
  const base = chunkMembers.find((c) => chunkOrder(c.key!) === -1);
  if (base !== undefined && base.isObject) {
    return { form: "object", root: base.withCase(true), chunks: [] };
  }
  const chunks = chunkMembers
    .filter((c) => typeof c.value === "string")
    .sort((a, b) => chunkOrder(a.key!) - chunkOrder(b.key!));
  if (chunks.length === 0) {
    const bad = chunkMembers[0]!;
    return {
      form: "string",
      root: undefined,
      chunks: [],
      error: { message: `createOptions must be a JSON object or a string holding one, not ${describeType(bad.value)}`, offset: 0, length: 0, space: undefined, node: bad },
    };
  }
  const texts = chunks.map((c) => c.value as string);
  const text = texts.join("");
  if (text.trim() === "") return { form: "none", root: undefined, chunks };
  // the text inside a string is JSON the agent parses: strict, also in templates, except that a
  // template's bare placeholders (`{"Memory": <EdgeAgent.storageSizeByte>}`, `$X`) are read as values,
  // as in the template itself: they are replaced before the agent sees the text
  let parsed = JsonDoc.parse(text, false);
  if (parsed.doc === undefined && template) {
    const tolerant = parseWithBarePlaceholders(text);
    if (tolerant !== undefined) parsed = { doc: new JsonDoc(text, true, tolerant.value) };
  }
  const fileDoc = manifest.doc;
  const chunkStarts: number[] = [];
  let acc = 0;
  for (const t of texts) {
    chunkStarts.push(acc);
    acc += t.length;
  }
  const rawMaps: (Int32Array | undefined)[] = new Array(chunks.length);
  const space: Space = {
    id: ++spaceCounter,
    json: parsed.doc ?? new JsonDoc(text, template, undefined),
    embedded: { settingsPath: settings.path, chunks: chunks.map((c, i) => ({ key: c.key!, text: texts[i]! })), module },
    toFile(offset: number, end = false): number {
      // the chunk holding this offset (an exclusive end stays with the character before it)
      const probe = end && offset > 0 ? offset - 1 : offset;
      let k = chunkStarts.length - 1;
      while (k > 0 && chunkStarts[k]! > probe) k--;
      const at = chunks[k]!.locate();
      if (at === undefined) return 0;
      let map = rawMaps[k];
      if (map === undefined) {
        map = decodedToRawMap(fileDoc.text.slice(at.valueStart, at.valueEnd));
        rawMaps[k] = map;
      }
      const local = Math.min(Math.max(offset - chunkStarts[k]!, 0), map.length - 1);
      return at.valueStart + map[local]!;
    },
  };
  if (parsed.doc === undefined) {
    const e = parsed.error!;
    return { form: "string", root: undefined, chunks, text, space, error: { message: e.message, offset: e.offset, length: e.length, space, node: chunks[0]! } };
  }
  const root = JNode.root(space, parsed.doc.value, true);
  if (!root.isObject) {
    return {
      form: "string",
      root: undefined,
      chunks,
      text,
      space,
      error: { message: `createOptions must hold a JSON object, not ${describeType(parsed.doc.value)}`, offset: 0, length: text.length, space, node: chunks[0]! },
    };
  }
  return { form: "string", root, chunks, text, space };
}

function describeType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return `a ${typeof v}`;
}

const ROUTE_MODULE = /\/modules\/([^/"\s)]+)\//g;

function collectRoutes(manifest: Manifest, hub: JNode | undefined): void {
  if (hub === undefined) return;
  const add = (name: string, n: JNode): void => {
    let node = n;
    if (n.isObject) {
      const r = n.getExact("route");
      if (r === undefined) return;
      node = r;
    }
    if (typeof node.value !== "string") return;
    const text = node.value;
    const modules: RouteRef["modules"] = [];
    for (const m of text.matchAll(ROUTE_MODULE)) {
      const start = m.index! + "/modules/".length;
      modules.push({ name: m[1]!, start, end: start + m[1]!.length });
    }
    manifest.routes.push({ name, node, text, modules });
  };
  for (const r of manifest.hubDesired?.getExact("routes")?.entries() ?? []) add(r.key!, r);
  for (const member of hub.entries()) {
    const m = LAYERED_ROUTE_KEY.exec(member.key!);
    if (m !== null) add(m[1]!, member);
  }
}
