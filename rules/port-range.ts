import { hasPlaceholder, type Edit, type JNode, type Module, type Rule, type RuleContext } from "../src/rule-api.js";
import { exposedPortsOf, portBindingsOf, type PortKey } from "./_ports.js";

/** Ranges longer than this are not expanded automatically. */
const MAX_EXPAND = 100;

function expandedKeys(key: string, k: PortKey): string[] {
  const slash = key.indexOf("/");
  const suffix = slash < 0 ? "" : key.slice(slash);
  const out: string[] = [];
  for (let p = k.port; p <= k.rangeEnd!; p++) out.push(`${p}${suffix}`);
  return out;
}

function hasKey(parent: JNode, key: string): boolean {
  return parent.get(key) !== undefined;
}

/** Per binding: the host port for each container port of the range, or undefined when it cannot be split. */
function splitHostPorts(binding: JNode, count: number): { hostPortNode: JNode | undefined; ports: (string | undefined)[] } | undefined {
  if (!binding.isObject) return undefined;
  const hp = binding.get("HostPort");
  const v = hp?.value;
  if (hp === undefined || v === "" || v === null) return { hostPortNode: undefined, ports: new Array(count).fill(undefined) };
  if (typeof v !== "string" && typeof v !== "number") return undefined;
  const m = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(String(v));
  if (m === null) return undefined;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  if (b - a + 1 !== count) return undefined;
  return { hostPortNode: hp, ports: Array.from({ length: count }, (_, i) => String(a + i)) };
}

function bindingsFix(pb: JNode, entry: JNode, k: PortKey): Edit[] | undefined {
  const keys = expandedKeys(entry.key!, k);
  if (keys.length > MAX_EXPAND || keys.slice(1).some((key) => hasKey(pb, key))) return undefined;
  const splits = entry.items().map((b) => splitHostPorts(b, keys.length));
  if (!entry.isArray || splits.some((s) => s === undefined)) return undefined;
  const edits: Edit[] = [{ op: "rename", node: entry, key: keys[0]! }];
  entry.items().forEach((_, j) => {
    const s = splits[j]!;
    if (s.hostPortNode !== undefined) edits.push({ op: "set", node: s.hostPortNode, value: s.ports[0] });
  });
  keys.slice(1).forEach((key, i) => {
    const value = entry.items().map((b, j) => {
      const s = splits[j]!;
      if (s.hostPortNode === undefined) return b.value;
      return { ...(b.value as Record<string, unknown>), [s.hostPortNode.key!]: s.ports[i + 1] };
    });
    edits.push({ op: "add", parent: pb, key, value });
  });
  return edits;
}

function exposedFix(ep: JNode, entry: JNode, k: PortKey): Edit[] | undefined {
  const keys = expandedKeys(entry.key!, k);
  if (keys.length > MAX_EXPAND || keys.slice(1).some((key) => hasKey(ep, key))) return undefined;
  return [{ op: "rename", node: entry, key: keys[0]! }, ...keys.slice(1).map((key): Edit => ({ op: "add", parent: ep, key, value: entry.value }))];
}

function checkKey(mod: Module, report: RuleContext["report"], where: string, entry: JNode, parsed: PortKey | undefined, fixFor: (k: PortKey) => Edit[] | undefined): void {
  const key = entry.key!;
  if (hasPlaceholder(key) || (parsed !== undefined && parsed.valid)) return;
  if (parsed !== undefined && parsed.rangeEnd !== undefined && ["tcp", "udp", "sctp"].includes(parsed.protocol) && parsed.rangeEnd >= parsed.port) {
    const keys = expandedKeys(key, parsed);
    const fix = fixFor(parsed);
    const list = keys.length <= 4 ? keys.map((x) => `'${x}'`).join(", ") : `'${keys[0]}', '${keys[1]}', … '${keys[keys.length - 1]}'`;
    report({
      node: entry,
      module: mod,
      messageId: "range",
      data: { key, where, list },
      ...(fix !== undefined ? { fix } : {}),
    });
    return;
  }
  report({
    node: entry,
    module: mod,
    ...(parsed === undefined
      ? { messageId: "notPort", data: { key, where } }
      : parsed.rangeEnd !== undefined && parsed.rangeEnd < parsed.port
        ? { messageId: "backwardRange", data: { key, where } }
        : { messageId: "unknownProtocol", data: { key, where, protocol: parsed.protocol } }),
  });
}

/** §1.6: the agent's PortAndProtocol.Parse accepts only `<int>[/tcp|udp|sctp]`; ranges and other protocols vanish. */
const rule: Rule = {
  meta: {
    id: "port-range",
    severity: "error",
    facts: ["§1.6", "§5.5"],
    description: "A port range key (8000-8010/tcp) or an unknown protocol in PortBindings or ExposedPorts: silently dropped on Kubernetes; the fix expands a range into single ports.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      range: "the port range '{{key}}' in {{where}} is silently dropped by the Kubernetes agent, which reads only single ports; list each port: {{list}}",
      notPort: "the key '{{key}}' in {{where}} is not a port; the Kubernetes agent reads only '<port>' or '<port>/tcp|udp|sctp' and silently drops it",
      backwardRange:
        "the key '{{key}}' in {{where}} is a range that ends before it starts; the Kubernetes agent reads only '<port>' or '<port>/tcp|udp|sctp' and silently drops it",
      unknownProtocol:
        "the key '{{key}}' in {{where}} has the protocol '{{protocol}}'; the Kubernetes agent reads only '<port>' or '<port>/tcp|udp|sctp' and silently drops it",
    },
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const b of portBindingsOf(mod)) {
        if (b.parsed?.valid) continue;
        const pb = parentOf(mod, "PortBindings");
        checkKey(mod, report, "HostConfig.PortBindings", b.node, b.parsed, (k) => (pb ? bindingsFix(pb, b.node, k) : undefined));
      }
      for (const e of exposedPortsOf(mod)) {
        if (e.parsed?.valid) continue;
        const ep = parentOf(mod, "ExposedPorts");
        checkKey(mod, report, "ExposedPorts", e.node, e.parsed, (k) => (ep ? exposedFix(ep, e.node, k) : undefined));
      }
    }
  },
};

function parentOf(mod: Module, which: "PortBindings" | "ExposedPorts"): JNode | undefined {
  const root = mod.createOptions.root;
  return which === "ExposedPorts" ? root?.get("ExposedPorts") : root?.get("HostConfig")?.get("PortBindings");
}

export default rule;
