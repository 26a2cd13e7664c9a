import {
  RESERVED_K8S_NAMES,
  isDns1035Label,
  isDns1123Label,
  isPlainObject,
  k8sName,
  proposeModuleName,
  valueIgnoreCase,
  type Edit,
  type EnvVar,
  type JNode,
  type Manifest,
  type Module,
  type ModuleFacts,
  type Rule,
} from "../src/rule-api.js";
import { shadowedCopies } from "./_duplicates.js";
import { reservedWhy } from "./reserved-module-name.js";

/** The facts of any module of the file (the rule context's `facts`). */
type FactsOf = (mod: Module) => ModuleFacts;

/** A name module-name does not report (it reports, and renames, every other user module that is not a placeholder). */
export function isValidModuleName(facts: ModuleFacts): boolean {
  const name = facts.module.name;
  return isDns1123Label(name) && !(/^[0-9]/.test(name) && facts.hasPorts);
}

/** The modules of the manifest by the Kubernetes name the agent makes of their names (placeholders left out). */
function byK8sName(manifest: Manifest): Map<string, Module[]> {
  const out = new Map<string, Module[]>();
  for (const m of manifest.modules) {
    if (m.placeholderName) continue;
    const k = k8sName(m.name);
    const group = out.get(k);
    if (group === undefined) out.set(k, [m]);
    else group.push(m);
  }
  return out;
}

/**
 * Does the agent turn this name into a valid, unique Kubernetes name by itself (§1.5: it lowercases
 * and drops characters outside [a-z0-9.-])? Then the module deploys as it is, under that name.
 */
function agentSanitizes(groups: Map<string, Module[]>, facts: ModuleFacts, k: string): boolean {
  if (!(facts.hasPorts ? isDns1035Label(k) : isDns1123Label(k)) || RESERVED_K8S_NAMES.has(k)) return false;
  return (groups.get(k)?.length ?? 0) <= 1;
}

/** The beginning of the message for a name the agent cannot deploy: `reserved` or `collision` when the name the agent makes of it is a valid label that cannot be used. */
function unusable(groups: Map<string, Module[]>, mod: Module, k: string): { head: "invalid" | "reserved" | "collision"; data: Record<string, string> } {
  if (!isDns1123Label(k)) return { head: "invalid", data: {} };
  if (RESERVED_K8S_NAMES.has(k)) return { head: "reserved", data: { reservedWhy: reservedWhy(k) } };
  const other = groups.get(k)?.find((m) => m !== mod);
  return other !== undefined ? { head: "collision", data: { other: other.name } } : { head: "invalid", data: {} };
}

// the messages are one of these beginnings and one of the endings below; {{why}} says what is wrong with the name
const SANITIZED =
  "the name {{why}}; the Kubernetes agent deploys it as '{{k8sName}}' (it lowercases names and drops characters other than letters, digits, '-' and '.'), so other modules reach it only by that name, and the migration article asks for Kubernetes-style names (RFC 1123 labels)";
const NEEDS_LABEL = "; Kubernetes-based IoT Edge needs an RFC 1123 label (lowercase letters, digits, '-', at most 63 characters)";
const INVALID = `the name {{why}}${NEEDS_LABEL}`;
const RESERVED = `the name {{why}}, and the name the Kubernetes agent makes of it, '{{k8sName}}', is reserved ({{reservedWhy}})${NEEDS_LABEL}`;
const COLLISION = `the name {{why}}, and the name the Kubernetes agent makes of it, '{{k8sName}}', is also the Kubernetes name of module '{{other}}'${NEEDS_LABEL}`;
// {{twinValues}}: the twin values that name the module, when there are any
const RENAME = ": rename it to '{{to}}' (routes, twins and container: references are renamed with it){{twinValues}}";
const RENAME_SHADOWED =
  ": rename it to '{{to}}'; its key is written more than once and only the last copy counts, so remove the other copies first (no automatic rename until then: it would bring an earlier copy back){{twinValues}}";

/** The new name of every module that needs one, computed once for the whole manifest. */
function renames(manifest: Manifest, factsOf: FactsOf): Map<Module, string> {
  // names kept as they are (and what the agent makes of them) are taken; invalid ones are freed
  const kept = manifest.modules.filter((m) => m.system || m.placeholderName || isValidModuleName(factsOf(m)));
  const out = new Map<Module, string>();
  if (kept.length === manifest.modules.length) return out;
  const taken = new Set(kept.map((m) => k8sName(m.name)));
  const keep = new Set(kept);
  for (const m of manifest.modules) {
    if (keep.has(m)) continue;
    const name = proposeModuleName(m.name, taken, factsOf(m).hasPorts);
    taken.add(name);
    out.set(m, name);
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An environment variable with a value, and the value in lower case (to find a module name in it quickly). */
interface EnvValue {
  v: EnvVar & { value: string };
  lower: string;
}

/** Every module's environment variables with a value, in module order. */
function envValues(manifest: Manifest, factsOf: FactsOf): EnvValue[] {
  const out: EnvValue[] = [];
  for (const m of manifest.modules) {
    for (const v of factsOf(m).env) if (!v.malformed && v.value !== undefined) out.push({ v: v as EnvValue["v"], lower: v.value.toLowerCase() });
  }
  return out;
}

/** `IpcMode`, `NetworkMode` or `PidMode` of a module that shares another container's namespace: `container:<name>`. */
interface ContainerRef {
  node: JNode;
  /** `container:` as written */
  prefix: string;
  name: string;
}

const NAMESPACE_MODES = ["IpcMode", "NetworkMode", "PidMode"];

function containerRefs(manifest: Manifest, factsOf: FactsOf): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const m of manifest.modules) {
    const facts = factsOf(m);
    // plain values first: a node only for a `container:` reference
    const hc = facts.hostConfigValue;
    if (hc === undefined) continue;
    for (const key of NAMESPACE_MODES) {
      const v = valueIgnoreCase(hc, key.toLowerCase());
      if (typeof v !== "string") continue;
      const ref = /^(container:)(.*)$/i.exec(v);
      if (ref !== null) out.push({ node: facts.hostConfig!.get(key)!, prefix: ref[1]!, name: ref[2]! });
    }
  }
  return out;
}

/** A string value in a module twin, with where it is (for messages). */
interface TwinString {
  where: string;
  value: string;
}

function twinStrings(manifest: Manifest): TwinString[] {
  const out: TwinString[] = [];
  const walk = (v: unknown, where: string): void => {
    if (typeof v === "string") out.push({ where, value: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}/${i}`));
    else if (isPlainObject(v)) for (const k of Object.keys(v)) walk(v[k], `${where}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  };
  for (const t of manifest.modulesContent?.entries() ?? []) {
    if (t.key === "$edgeAgent" || t.key === "$edgeHub") continue;
    walk(t.value, `${t.key}`);
  }
  return out;
}

/** Twin values that name the module (as a word): user data the rename leaves alone, listed in the message. */
function twinMentions(twins: TwinString[], name: string): string[] {
  const word = new RegExp(`(?<![A-Za-z0-9_-])${escapeRe(name)}(?![A-Za-z0-9_-])`);
  return twins.filter((t) => t.value.includes(name) && word.test(t.value)).map((t) => t.where);
}

function listMentions(paths: string[]): string {
  const shown = paths.slice(0, 5).map((p) => `'${p}'`).join(", ");
  return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown;
}

/** Rename a module in one transaction: its key, its twin, the routes and host references that name it. */
function renameEdits(manifest: Manifest, envs: EnvValue[], refs: ContainerRef[], mod: Module, to: string): Edit[] {
  const edits: Edit[] = [];
  const key = mod.layeredKey !== undefined ? mod.layeredKey.slice(0, mod.layeredKey.length - mod.name.length) + to : to;
  edits.push({ op: "rename", node: mod.node, key });
  if (mod.twin !== undefined) edits.push({ op: "rename", node: mod.twin, key: to });
  // a route's condition may name the module too: WHERE $connectionModuleId = 'name'
  const condition = new RegExp(`(\\$connectionModuleId\\s*=\\s*(['"]))${escapeRe(mod.name)}(?=\\2)`, "g");
  for (const route of manifest.routes) {
    // both the module references and the condition name the module exactly
    if (!route.text.includes(mod.name)) continue;
    const hits = route.modules.filter((r) => r.name === mod.name);
    let text = route.text;
    for (const h of [...hits].reverse()) text = text.slice(0, h.start) + to + text.slice(h.end);
    text = text.replace(condition, `$1${to}`);
    if (text !== route.text) edits.push({ op: "set", node: route.node, value: text });
  }
  // host references in any module's environment: `name:port` anywhere, `//name` or `@name` in a URL, or the whole value
  // (matched case-insensitively, as DNS is; never a path segment such as `/data/name/`)
  const n = escapeRe(mod.name);
  const host = new RegExp(`(?<![A-Za-z0-9_.:/-])${n}(?=:[0-9])|(?<=//|@)${n}(?=[:/?#]|$)|^${n}$`, "gi");
  // a match holds the name in some letter case: an ASCII name is then in the lower-cased value
  const lowerName = /^[\x00-\x7f]*$/.test(mod.name) ? mod.name.toLowerCase() : "";
  for (const { v, lower } of envs) {
    if (!lower.includes(lowerName) || !host.test(v.value)) continue;
    host.lastIndex = 0;
    const value = v.value.replace(host, to);
    if (v.from === "env") {
      const valueNode = v.node.getExact("value");
      if (valueNode !== undefined && typeof valueNode.value === "string") edits.push({ op: "set", node: valueNode, value });
    } else edits.push({ op: "set", node: v.node, value: `${v.name}=${value}` });
  }
  // modules that share its namespaces name its container: `container:<name>` follows the rename
  for (const r of refs) if (r.name === mod.name) edits.push({ op: "set", node: r.node, value: r.prefix + to });
  return edits;
}

/** F17: module names become Kubernetes object names, which must be RFC 1123 labels. */
const rule: Rule = {
  meta: {
    id: "module-name",
    severity: "error",
    facts: ["F17", "§1.5"],
    description: "A module name that is not an RFC 1123 DNS label: a warning when the agent sanitizes it into a valid unique name (uppercase, '_'), an error when it cannot (too long, '.', bad ends, a leading digit with ports, collisions).",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      sanitized: SANITIZED + RENAME,
      sanitizedShadowed: SANITIZED + RENAME_SHADOWED,
      invalid: INVALID + RENAME,
      invalidShadowed: INVALID + RENAME_SHADOWED,
      reserved: RESERVED + RENAME,
      reservedShadowed: RESERVED + RENAME_SHADOWED,
      collision: COLLISION + RENAME,
      collisionShadowed: COLLISION + RENAME_SHADOWED,
    },
  },
  create: ({ facts: factsOf, report }) => ({
    // the new names are worked out for the whole manifest at once, so the rule reports when every module is known
    manifestExit(manifest) {
      const plan = renames(manifest, factsOf);
      if (plan.size === 0) return;
      const envs = envValues(manifest, factsOf);
      const refs = containerRefs(manifest, factsOf);
      const twins = twinStrings(manifest);
      const groups = byK8sName(manifest);
      for (const [mod, to] of plan) {
        const facts = factsOf(mod);
        const why = /[A-Z]/.test(mod.name)
          ? "has uppercase letters"
          : mod.name.length > 63
            ? "is longer than 63 characters"
            : /^[0-9]/.test(mod.name) && facts.hasPorts
              ? "starts with a digit, and a module with ports needs a Kubernetes Service name that starts with a letter"
              : /[^a-z0-9-]/.test(mod.name)
                ? `has characters other than lowercase letters, digits and '-'`
                : "must start and end with a letter or digit";
        const k = k8sName(mod.name);
        const sanitized = agentSanitizes(groups, facts, k);
        const { head, data } = sanitized ? { head: "sanitized", data: {} } : unusable(groups, mod, k);
        const mentions = twinMentions(twins, mod.name);
        const twinValues = mentions.length > 0 ? `; twin values that name it are left as they are (user data): ${listMentions(mentions)}` : "";
        // a module key (or twin key) written twice: renaming the last copy would bring the earlier one back
        const copies = shadowedCopies(mod.node) + (mod.twin !== undefined ? shadowedCopies(mod.twin) : 0);
        report({
          node: mod.node,
          part: "key",
          module: mod,
          ...(sanitized ? { severity: "warning" as const } : {}),
          messageId: copies > 0 ? `${head}Shadowed` : head,
          data: { ...data, why, k8sName: k, to, twinValues },
          ...(copies > 0 ? {} : { fix: renameEdits(manifest, envs, refs, mod, to) }),
        });
      }
    },
  }),
};

export default rule;
