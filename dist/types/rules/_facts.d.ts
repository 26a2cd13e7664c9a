/**
 * Facts about a module that several rules read (its environment variables, ports, mounts,
 * resources), worked out once per module and shared by every rule that lints the file. What a
 * reader returns is shared between rules, so rules must treat it as read-only.
 */
import { type EnvVar, type JNode, type Module } from "../src/rule-api.js";
/**
 * Memoize a reader of a module for the file being linted: `compute` runs once per module. Rules
 * run file by file, so a reader keeps the results for the modules of one file (the space their
 * nodes are in) and starts afresh when it is asked about a module of another file; it holds on to
 * the last file's results until then. (A WeakMap keyed by module keeps every result alive as long
 * as its manifest; with many manifests alive at once, that made garbage collection cost the port
 * rules three times what they cost without a memo.)
 */
export declare function perModule<T>(compute: (mod: Module) => T): (mod: Module) => T;
/**
 * The key of a createOptions object that `JNode.get` finds for a name: matched ignoring case, the
 * last spelling wins. For checks on plain values before any node is made; `lower` is the name in
 * lowercase ASCII (so only keys of its length can match).
 */
export declare function keyIgnoreCase(obj: Record<string, unknown>, lower: string): string | undefined;
/** The plain value `JNode.get` finds in a createOptions object (see keyIgnoreCase); undefined when `obj` is no object or has no such member. */
export declare function valueIgnoreCase(obj: unknown, lower: string): unknown;
/** `createOptions.HostConfig` as a plain object, when it is one: what `hostConfigOf` finds, without making nodes. */
export declare const hostConfigValue: (mod: Module) => Record<string, unknown> | undefined;
/** Has HostConfig a member of one of these names (lowercase ASCII, as for keyIgnoreCase)? */
export declare function hasHostConfigMember(mod: Module, ...lower: string[]): boolean;
/** `hostConfigOf`, once per module (and no node at all for a module without HostConfig). */
export declare const hostConfig: (mod: Module) => JNode | undefined;
/** `k8sExperimentalOf`, once per module: one node for every rule, so the lookups inside it are made once. */
export declare const k8sExperimental: (mod: Module) => JNode | undefined;
/**
 * What `envVarsOf` (src/rule-api.ts) reads, once per module: the module `env` map, then
 * `createOptions.Env`; the variables' nodes are made only for the ones a rule reports or edits.
 * Keep the two in step (__tests__/rules/_facts.test.ts compares them).
 */
export declare const envVars: (mod: Module) => readonly EnvVar[];
