/**
 * The public API for rules: everything a rule in `rules/` may import. A rule is data (`meta`)
 * plus one pure `check` function over the manifest model; it reports JNodes and JSON edits.
 */
import type { Module } from "./model/manifest.js";
import type { JNode } from "./model/node.js";
import type { Edit } from "./engine/types.js";

export type { Rule, RuleMeta, RuleContext, ReportDescriptor, Edit, Suggestion, Severity, Repair, Target, VmOptions } from "./engine/types.js";
export type { Manifest, Module, CreateOptions, RouteRef } from "./model/manifest.js";
export type { SyntaxRule, SyntaxFailure } from "./engine/lint.js";
/** fills a `meta.messages` template from data, as the engine does (for a syntax rule, which reports finished text) */
export { interpolate } from "./engine/lint.js";
export { JNode, asString, isPlainObject } from "./model/node.js";
export { isPlaceholder, hasPlaceholder } from "./model/placeholders.js";
export { k8sName, dnsLabelFromSource, isDns1123Label, isDns1035Label, proposeModuleName, RESERVED_K8S_NAMES } from "./model/k8s-names.js";
export { CHUNK_SIZE, splitChunks, chunkKey } from "./engine/edit-batch.js";
export { chunkOrder, isChunkKey } from "./model/manifest.js";
export { findDuplicateKeys, type DuplicateKey } from "./json/duplicate-keys.js";

/** The module's parsed createOptions object (keys case-insensitive), if it has one. */
export function createOptionsOf(mod: Module): JNode | undefined {
  return mod.createOptions.root;
}

/** `createOptions.HostConfig`, when it is an object. */
export function hostConfigOf(mod: Module): JNode | undefined {
  const hc = mod.createOptions.root?.get("HostConfig");
  return hc?.isObject ? hc : undefined;
}

/** `createOptions["k8s-experimental"]` (the exact lowercase key the agent reads), when it is an object. */
export function k8sExperimentalOf(mod: Module): JNode | undefined {
  const x = mod.createOptions.root?.getExact("k8s-experimental");
  return x?.isObject ? x.withCase(true) : undefined;
}

export interface EnvVar {
  name: string;
  value: string | undefined;
  /** `env` map member, or a `createOptions.Env` element */
  node: JNode;
  from: "env" | "createOptions";
  /** createOptions.Env element: the entry has no `=` (or starts with it) */
  malformed?: boolean;
}

/** Environment variables from the module `env` map and from `createOptions.Env`, in that order. */
export function envVarsOf(mod: Module): EnvVar[] {
  const out: EnvVar[] = [];
  for (const e of mod.env?.entries() ?? []) {
    const v = e.isObject ? e.getExact("value")?.value : undefined;
    out.push({ name: e.key!, value: v === undefined || v === null ? undefined : String(v), node: e, from: "env" });
  }
  const env = mod.createOptions.root?.get("Env");
  for (const item of env?.items() ?? []) {
    if (typeof item.value !== "string") continue;
    const eq = item.value.indexOf("=");
    if (eq <= 0) out.push({ name: eq < 0 ? item.value : "", value: undefined, node: item, from: "createOptions", malformed: true });
    else out.push({ name: item.value.slice(0, eq), value: item.value.slice(eq + 1), node: item, from: "createOptions" });
  }
  return out;
}

/**
 * An edit that makes `keys` exist under `parent` (matching existing keys the way `parent`
 * does) and sets the last one to `value`: it adds only the part of the path that is missing.
 */
export function ensureValue(parent: JNode, keys: readonly string[], value: unknown): Edit {
  let node = parent;
  let i = 0;
  for (; i < keys.length; i++) {
    const next = node.get(keys[i]!);
    if (next === undefined || (i < keys.length - 1 && !next.isObject)) break;
    node = next;
  }
  if (i === keys.length) return { op: "set", node, value };
  let nested: unknown = value;
  for (let k = keys.length - 1; k > i; k--) nested = { [keys[k]!]: nested };
  const existing = node.get(keys[i]!);
  if (existing !== undefined) return { op: "set", node: existing, value: nested };
  return { op: "add", parent: node, key: keys[i]!, value: nested };
}

/** A short quoted description of a module for messages. */
export function moduleLabel(mod: Module): string {
  return `module '${mod.name}'`;
}
