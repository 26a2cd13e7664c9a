import { hasPlaceholder, isPlaceholder, type Edit, type JNode, type Module, type ModuleFacts, type Rule, type RuleContext } from "../src/rule-api.js";
import { singleFileBind } from "./bind-mount-file.js";
import { shadowedCopies } from "./_duplicates.js";

const SHARE_ROOT = "/home/hcsshares/";

/** The start of every message of this rule. */
const BINDS_UNSUPPORTED =
  "HostConfig.Binds is not supported on Kubernetes-based IoT Edge; use HostConfig.Mounts (Type bind for host directories, Type volume for SMB/NFS shares)";

interface Plan {
  node: JNode;
  /** the Mounts entry that replaces this bind, when the rewrite is certain */
  mount?: Record<string, unknown>;
  /** a likely Mounts entry a person should confirm */
  suggestion?: Record<string, unknown>;
  why: string;
  /** a bind of a single file or device node: bind-mount-file's finding; it stays in Binds untouched */
  file?: true;
}

/** The plan for a Binds element: a single-file bind is left to bind-mount-file (a bind Mount of it would be as broken). */
function planEntry(node: JNode): Plan {
  if (typeof node.value === "string") {
    const [src, target] = node.value.split(":");
    if (singleFileBind(src, target) !== undefined) return { node, why: "", file: true };
  }
  return planBind(node);
}

/** How one `src:dst[:opts]` bind becomes a Mounts entry (F1-F3). */
export function planBind(node: JNode): Plan {
  const spec = node.value;
  if (typeof spec !== "string") return { node, why: "it is not a 'source:target' string" };
  const parts = spec.split(":");
  if (/^[A-Za-z]:[\\/]/.test(spec)) return { node, why: "a Windows path cannot be mounted on the Kubernetes node" };
  if (parts.length < 2 || parts[1] === "") return { node, why: "it has no target path" };
  if (parts.length > 3) return { node, why: "it has more than one options field" };
  const [src, target, opts = ""] = parts as [string, string, string?];
  const options = opts.split(",").filter((o) => o !== "");
  const unknown = options.filter((o) => o !== "ro" && o !== "rw");
  const readOnly = options.includes("ro");
  const withRo = (m: Record<string, unknown>): Record<string, unknown> => (readOnly ? { ...m, ReadOnly: true } : m);
  if (src.startsWith(SHARE_ROOT)) {
    const rest = src.slice(SHARE_ROOT.length).replace(/\/+$/, "");
    const share = rest.split("/")[0]!;
    if (share === "") return { node, why: `'${src}' names no share` };
    const mount = withRo({ Type: "volume", Source: share, Target: target });
    if (rest.includes("/")) {
      return { node, suggestion: mount, why: `'${rest}' is a folder inside the share '${share}', and a Kubernetes volume mounts the whole share` };
    }
    if (unknown.length > 0) return { node, suggestion: mount, why: `the option '${unknown.join(",")}' has no Mounts equivalent` };
    return { node, mount, why: "" };
  }
  if (isPlaceholder(src)) {
    const guess = /share/i.test(src) ? withRo({ Type: "volume", Source: src, Target: target }) : withRo({ Type: "bind", Source: src, Target: target });
    return { node, suggestion: guess, why: `the source '${src}' is a placeholder that could be a host path (Type bind) or a share name (Type volume)` };
  }
  // Docker reads a source that is not an absolute path as a named volume, and only if it is a valid volume name
  if (!src.startsWith("/") && !hasPlaceholder(src) && !/^[A-Za-z0-9][A-Za-z0-9_.-]+$/.test(src)) {
    return { node, why: `'${src}' is neither an absolute host path nor a volume name` };
  }
  // a path (`$DIR/out`) is a host directory; a bare name is a volume
  const mount = src.includes("/") ? withRo({ Type: "bind", Source: src, Target: target }) : withRo({ Type: "volume", Source: src, Target: target });
  if (unknown.length > 0) return { node, suggestion: mount, why: `the option '${unknown.join(",")}' has no Mounts equivalent` };
  if (hasPlaceholder(src) && !src.startsWith("/")) return { node, suggestion: mount, why: `the source '${src}' contains a placeholder` };
  return { node, mount, why: "" };
}

/** The Targets of the module's Mounts entries (none when Mounts is not a list). */
function targetsOf(facts: ModuleFacts): Set<string> {
  const out = new Set<string>();
  for (const m of facts.mounts) {
    const t = m.target?.value;
    if (typeof t === "string") out.add(t);
  }
  return out;
}

/** One fix for the whole Binds list: certain binds move to Mounts, the rest stay. */
function conversion(facts: ModuleFacts, hc: JNode, binds: JNode, plans: Plan[]): Edit[] | undefined {
  const certain = plans.filter((p) => p.mount !== undefined);
  if (certain.length === 0) return undefined;
  const remaining = plans.filter((p) => p.mount === undefined).map((p) => p.node.value);
  const mounts = hc.get("Mounts");
  if (mounts !== undefined && !mounts.isArray) return undefined;
  const existing = targetsOf(facts);
  const added: Record<string, unknown>[] = [];
  for (const p of certain) {
    const t = p.mount!.Target as string;
    if (existing.has(t)) continue;
    existing.add(t);
    added.push(p.mount!);
  }
  const edits: Edit[] = [];
  // a Binds key written twice: only the last is read; removing or renaming it would let an earlier
  // copy take effect, so it stays (emptied) and the agent keeps seeing only what it sees today
  const shadowing = shadowedCopies(binds) > 0;
  if (mounts === undefined && remaining.length === 0 && !shadowing) {
    edits.push({ op: "rename", node: binds, key: sameCase(binds.key!, "Mounts") }, { op: "set", node: binds, value: added });
    return edits;
  }
  if (remaining.length === 0 && !shadowing) edits.push({ op: "remove", node: binds });
  else edits.push({ op: "set", node: binds, value: remaining });
  if (added.length > 0) {
    if (mounts === undefined) edits.push({ op: "add", parent: hc, key: "Mounts", value: added });
    else for (const m of added) edits.push({ op: "add", parent: mounts, value: m });
  }
  return edits;
}

/** `Mounts` spelt in the case style of `like` (`binds` → `mounts`, `BINDS` → `MOUNTS`). */
function sameCase(like: string, word: string): string {
  if (like === like.toLowerCase()) return word.toLowerCase();
  if (like === like.toUpperCase()) return word.toUpperCase();
  return word;
}

function describeMount(m: Record<string, unknown>): string {
  return `{Type: ${String(m.Type)}, Source: ${JSON.stringify(m.Source)}, Target: ${JSON.stringify(m.Target)}${m.ReadOnly ? ", ReadOnly: true" : ""}}`;
}

function suggestionEdits(facts: ModuleFacts, hc: JNode, binds: JNode, plan: Plan): Edit[] | undefined {
  const mounts = hc.get("Mounts");
  // a Mounts that is not a list cannot take the entry: removing the bind alone would lose it
  if (mounts !== undefined && !mounts.isArray) return undefined;
  const rest = facts.binds.filter((n) => n.path[n.path.length - 1] !== plan.node.path[plan.node.path.length - 1]);
  const edits: Edit[] = rest.length === 0 && shadowedCopies(binds) === 0 ? [{ op: "remove", node: binds }] : [{ op: "set", node: binds, value: rest.map((n) => n.value) }];
  if (mounts?.isArray) edits.push({ op: "add", parent: mounts, value: plan.suggestion });
  else if (mounts === undefined) edits.push({ op: "add", parent: hc, key: "Mounts", value: [plan.suggestion] });
  return edits;
}

function checkModule(mod: Module, facts: ModuleFacts, report: RuleContext["report"]): void {
  // Binds elements (none when HostConfig or Binds is missing, or Binds is not a list: nothing to convert)
  const items = facts.binds;
  if (items.length === 0) return;
  const hc = facts.hostConfig!;
  const binds = hc.get("Binds")!;
  const plans = items.map(planEntry);
  const fix = conversion(facts, hc, binds, plans);
  for (const p of plans) {
    if (p.file) continue;
    if (p.mount !== undefined) {
      report({ node: p.node, module: mod, messageId: "bindToMount", data: { mount: describeMount(p.mount) }, fix });
    } else if (p.suggestion !== undefined) {
      const edits = suggestionEdits(facts, hc, binds, p);
      report({
        node: p.node,
        module: mod,
        messageId: "checkSuggestion",
        data: { why: p.why, mount: describeMount(p.suggestion) },
        ...(edits !== undefined ? { suggestions: [{ message: `Mount it as ${describeMount(p.suggestion)}`, edits }] } : {}),
      });
    } else {
      report({ node: p.node, module: mod, messageId: "cannotConvert", data: { why: p.why } });
    }
  }
}

/** F1-F3: Binds cannot attach host paths or persistent storage on Kubernetes; Mounts can. */
const rule: Rule = {
  meta: {
    id: "no-host-binds",
    severity: "error",
    facts: ["F1", "F2", "F3", "§1.3"],
    description: "HostConfig.Binds entries; the fix rewrites them as HostConfig.Mounts (volume for /home/hcsshares shares, bind for host directories).",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      bindToMount: `${BINDS_UNSUPPORTED}: {{mount}}`,
      checkSuggestion: `${BINDS_UNSUPPORTED}; {{why}}, so check the suggested {{mount}}`,
      cannotConvert: `${BINDS_UNSUPPORTED}; this bind cannot be converted automatically: {{why}}`,
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      checkModule(mod, facts, report);
    },
  }),
};

export default rule;
