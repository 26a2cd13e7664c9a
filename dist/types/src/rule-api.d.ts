/**
 * The public API for rules: everything a rule in `rules/` may import. A rule is data (`meta`)
 * plus one pure `create` function that returns the handlers the engine calls during its one walk
 * over a file; handlers read the module's facts (`ModuleFacts`) and report JNodes and JSON edits.
 */
import type { Module } from "./model/manifest.js";
import type { JNode } from "./model/node.js";
import type { Edit } from "./engine/types.js";
export type { Rule, RuleMeta, RuleContext, RuleHandlers, ReportDescriptor, Edit, Suggestion, Severity, Repair, Target, VmOptions } from "./engine/types.js";
export { ModuleFacts, defineFact, keyIgnoreCase, valueIgnoreCase, parsePortKey } from "./model/facts.js";
export type { Fact, EnvVar, PortKey, PortBinding, HostPortRef, ExposedPort, MountEntry, ResourceMaps } from "./model/facts.js";
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
/**
 * An edit that makes `keys` exist under `parent` (matching existing keys the way `parent`
 * does) and sets the last one to `value`: it adds only the part of the path that is missing.
 */
export declare function ensureValue(parent: JNode, keys: readonly string[], value: unknown): Edit;
/** A short quoted description of a module for messages. */
export declare function moduleLabel(mod: Module): string;
