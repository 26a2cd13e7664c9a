import {
  isDns1123Label,
  k8sName,
  proposeModuleName,
  type Edit,
  type EnvVar,
  type Manifest,
  type Module,
  type Rule,
} from "../src/rule-api.js";
import { envVars } from "./_facts.js";
import { hasPorts } from "./_ports.js";

function isValid(mod: Module): boolean {
  return isDns1123Label(mod.name) && !(/^[0-9]/.test(mod.name) && hasPorts(mod));
}

/** The new name of every module that needs one, computed once for the whole manifest. */
function renames(manifest: Manifest): Map<Module, string> {
  // names kept as they are (and what the agent makes of them) are taken; invalid ones are freed
  const kept = manifest.modules.filter((m) => m.system || m.placeholderName || isValid(m));
  const out = new Map<Module, string>();
  if (kept.length === manifest.modules.length) return out;
  const taken = new Set(kept.map((m) => k8sName(m.name)));
  const keep = new Set(kept);
  for (const m of manifest.modules) {
    if (keep.has(m)) continue;
    const name = proposeModuleName(m.name, taken, hasPorts(m));
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
function envValues(manifest: Manifest): EnvValue[] {
  const out: EnvValue[] = [];
  for (const m of manifest.modules) {
    for (const v of envVars(m)) if (!v.malformed && v.value !== undefined) out.push({ v: v as EnvValue["v"], lower: v.value.toLowerCase() });
  }
  return out;
}

/** Rename a module in one transaction: its key, its twin, the routes and host references that name it. */
function renameEdits(manifest: Manifest, envs: EnvValue[], mod: Module, to: string): Edit[] {
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
  return edits;
}

/** F17: module names become Kubernetes object names, which must be RFC 1123 labels. */
const rule: Rule = {
  meta: {
    id: "module-name",
    severity: "error",
    facts: ["F17", "§1.5"],
    description: "A module name that is not an RFC 1123 DNS label (uppercase, '_', '.', too long, bad ends; a leading digit when it has ports).",
    repair: "fix",
    targets: ["kubernetes"],
  },
  check({ manifest, report }) {
    const plan = renames(manifest);
    if (plan.size === 0) return;
    const envs = envValues(manifest);
    for (const [mod, to] of plan) {
      const why = /[A-Z]/.test(mod.name)
        ? "has uppercase letters"
        : mod.name.length > 63
          ? "is longer than 63 characters"
          : /^[0-9]/.test(mod.name) && hasPorts(mod)
            ? "starts with a digit, and a module with ports needs a Kubernetes Service name that starts with a letter"
            : /[^a-z0-9-]/.test(mod.name)
              ? `has characters other than lowercase letters, digits and '-'`
              : "must start and end with a letter or digit";
      report({
        node: mod.node,
        part: "key",
        module: mod,
        message: `module '${mod.name}': the name ${why}; Kubernetes-based IoT Edge needs an RFC 1123 label (lowercase letters, digits, '-', at most 63 characters): rename it to '${to}' (routes and twins are renamed with it)`,
        fix: renameEdits(manifest, envs, mod, to),
      });
    }
  },
};

export default rule;
