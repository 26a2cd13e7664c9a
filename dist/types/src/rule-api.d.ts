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
export declare function createOptionsOf(mod: Module): JNode | undefined;
/** `createOptions.HostConfig`, when it is an object. */
export declare function hostConfigOf(mod: Module): JNode | undefined;
/** `createOptions["k8s-experimental"]` (the exact lowercase key the agent reads), when it is an object. */
export declare function k8sExperimentalOf(mod: Module): JNode | undefined;
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
export declare function envVarsOf(mod: Module): EnvVar[];
/**
 * An edit that makes `keys` exist under `parent` (matching existing keys the way `parent`
 * does) and sets the last one to `value`: it adds only the part of the path that is missing.
 */
export declare function ensureValue(parent: JNode, keys: readonly string[], value: unknown): Edit;
/** A short quoted description of a module for messages. */
export declare function moduleLabel(mod: Module): string;
