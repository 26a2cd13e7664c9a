/**
 * Facts about a module that several rules read (its environment variables, ports, mounts,
 * resources), worked out once per module and shared by every rule that lints the file. What a
 * reader returns is shared between rules, so rules must treat it as read-only.
 */
import { hostConfigOf, isPlainObject, k8sExperimentalOf, type EnvVar, type JNode, type Module } from "../src/rule-api.js";

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
  let memo = new Map<Module, { value: T }>();
  return (mod) => {
    if (mod.node.space !== file) {
      file = mod.node.space;
      memo = new Map();
    }
    let known = memo.get(mod);
    if (known === undefined) memo.set(mod, (known = { value: compute(mod) }));
    return known.value;
  };
}

/**
 * The key of a createOptions object that `JNode.get` finds for a name: matched ignoring case, the
 * last spelling wins. For checks on plain values before any node is made; `lower` is the name in
 * lowercase ASCII (so only keys of its length can match).
 */
export function keyIgnoreCase(obj: Record<string, unknown>, lower: string): string | undefined {
  let found: string | undefined;
  // for-in makes no array of keys; it lists own keys in Object.keys order (inherited ones are skipped)
  for (const k in obj) if (k.length === lower.length && k.toLowerCase() === lower && Object.hasOwn(obj, k)) found = k;
  return found;
}

/** The plain value `JNode.get` finds in a createOptions object (see keyIgnoreCase); undefined when `obj` is no object or has no such member. */
export function valueIgnoreCase(obj: unknown, lower: string): unknown {
  if (!isPlainObject(obj)) return undefined;
  const k = keyIgnoreCase(obj, lower);
  return k === undefined ? undefined : obj[k];
}

/** `createOptions.HostConfig` as a plain object, when it is one: what `hostConfigOf` finds, without making nodes. */
export const hostConfigValue = perModule((mod: Module): Record<string, unknown> | undefined => {
  const v = valueIgnoreCase(mod.createOptions.root?.value, "hostconfig");
  return isPlainObject(v) ? v : undefined;
});

/** Has HostConfig a member of one of these names (lowercase ASCII, as for keyIgnoreCase)? */
export function hasHostConfigMember(mod: Module, ...lower: string[]): boolean {
  const hc = hostConfigValue(mod);
  return hc !== undefined && lower.some((name) => keyIgnoreCase(hc, name) !== undefined);
}

/** `hostConfigOf`, once per module (and no node at all for a module without HostConfig). */
export const hostConfig = perModule((mod: Module): JNode | undefined => (hostConfigValue(mod) === undefined ? undefined : hostConfigOf(mod)));

/** `k8sExperimentalOf`, once per module: one node for every rule, so the lookups inside it are made once. */
export const k8sExperimental = perModule((mod: Module): JNode | undefined => {
  const root = mod.createOptions.root?.value as Record<string, unknown> | undefined;
  // the agent reads the exact lowercase key
  if (root === undefined || !Object.hasOwn(root, "k8s-experimental") || !isPlainObject(root["k8s-experimental"])) return undefined;
  return k8sExperimentalOf(mod);
});

/** An environment variable read from plain values; its node is made when a rule asks for it. */
class EnvEntry implements EnvVar {
  private made: JNode | undefined;
  constructor(
    readonly name: string,
    readonly value: string | undefined,
    readonly from: "env" | "createOptions",
    private readonly locate: () => JNode,
    readonly malformed?: true,
  ) {}

  get node(): JNode {
    return (this.made ??= this.locate());
  }
}

/**
 * What `envVarsOf` (src/rule-api.ts) reads, once per module: the module `env` map, then
 * `createOptions.Env`; the variables' nodes are made only for the ones a rule reports or edits.
 * Keep the two in step (__tests__/rules/_facts.test.ts compares them).
 */
export const envVars = perModule((mod: Module): readonly EnvVar[] => {
  const out: EnvVar[] = [];
  const map = mod.env;
  if (map !== undefined && isPlainObject(map.value)) {
    const members = map.value;
    for (const name of Object.keys(members)) {
      const m = members[name];
      const v = isPlainObject(m) && Object.prototype.hasOwnProperty.call(m, "value") ? m.value : undefined;
      out.push(new EnvEntry(name, v === undefined || v === null ? undefined : String(v), "env", () => map.getExact(name)!));
    }
  }
  const list = valueIgnoreCase(mod.createOptions.root?.value, "env");
  if (Array.isArray(list)) {
    let items: JNode[] | undefined;
    list.forEach((text: unknown, i) => {
      if (typeof text !== "string") return;
      const item = (): JNode => (items ??= mod.createOptions.root!.get("Env")!.items())[i]!;
      const eq = text.indexOf("=");
      if (eq <= 0) out.push(new EnvEntry(eq < 0 ? text : "", undefined, "createOptions", item, true));
      else out.push(new EnvEntry(text.slice(0, eq), text.slice(eq + 1), "createOptions", item));
    });
  }
  return out;
});
