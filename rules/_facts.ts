/**
 * Facts about a module that several rules read (its environment variables, ports, mounts,
 * resources), worked out once per module and shared by every rule that lints the file. What a
 * reader returns is shared between rules, so rules must treat it as read-only.
 */
import { envVarsOf, hostConfigOf, k8sExperimentalOf, type EnvVar, type JNode, type Module } from "../src/rule-api.js";

/**
 * Memoize a reader of a module for the file being linted: `compute` runs once per module. Rules
 * run file by file, so a reader keeps the results for the modules of one file (the space their
 * nodes are in) and starts afresh when it is asked about a module of another file; it holds on to
 * the last file's results until then. (A WeakMap keyed by module keeps every result alive as long
 * as its manifest; with many manifests alive at once, that made garbage collection cost the port
 * rules three times what they cost without a memo.)
 */
export function perModule<T>(compute: (mod: Module) => T): (mod: Module) => T {
  let file: unknown;
  let memo = new Map<Module, T>();
  return (mod) => {
    if (mod.node.space !== file) {
      file = mod.node.space;
      memo = new Map();
    }
    let v = memo.get(mod);
    if (v === undefined && !memo.has(mod)) memo.set(mod, (v = compute(mod)));
    return v as T;
  };
}

/** `hostConfigOf`, once per module. */
export const hostConfig: (mod: Module) => JNode | undefined = perModule(hostConfigOf);

/** `k8sExperimentalOf`, once per module: one node for every rule, so the lookups inside it are made once. */
export const k8sExperimental: (mod: Module) => JNode | undefined = perModule(k8sExperimentalOf);

/** `envVarsOf`, once per module: the module `env` map, then `createOptions.Env`. */
export const envVars: (mod: Module) => readonly EnvVar[] = perModule(envVarsOf);
