import { hasPlaceholder, isPlainObject, type Edit, type ExposedPort, type HostPortRef, type JNode, type Module, type PortBinding, type PortKey, type Rule, type RuleContext } from "../src/rule-api.js";

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
function splitHostPorts(h: HostPortRef, count: number): { hostPortKey: string | undefined; ports: (string | undefined)[] } | undefined {
  if (!isPlainObject(h.value)) return undefined;
  const v = h.hostPortKey === undefined ? undefined : h.value[h.hostPortKey];
  if (h.hostPortKey === undefined || v === "" || v === null) return { hostPortKey: undefined, ports: new Array(count).fill(undefined) };
  if (typeof v !== "string" && typeof v !== "number") return undefined;
  const m = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(String(v));
  if (m === null) return undefined;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  if (b - a + 1 !== count) return undefined;
  return { hostPortKey: h.hostPortKey, ports: Array.from({ length: count }, (_, i) => String(a + i)) };
}

function bindingsFix(binding: PortBinding, k: PortKey): Edit[] | undefined {
  const pb = binding.node.parent!;
  const keys = expandedKeys(binding.key, k);
  if (keys.length > MAX_EXPAND || keys.slice(1).some((key) => hasKey(pb, key))) return undefined;
  if (!Array.isArray(binding.value)) return undefined;
  const splits = binding.hostPorts.map((h) => splitHostPorts(h, keys.length));
  if (splits.some((s) => s === undefined)) return undefined;
  const edits: Edit[] = [{ op: "rename", node: binding.node, key: keys[0]! }];
  binding.hostPorts.forEach((h, j) => {
    const s = splits[j]!;
    if (s.hostPortKey !== undefined) edits.push({ op: "set", node: h.hostPortNode!, value: s.ports[0] });
  });
  keys.slice(1).forEach((key, i) => {
    const value = binding.hostPorts.map((h, j) => {
      const s = splits[j]!;
      if (s.hostPortKey === undefined) return h.value;
      return { ...(h.value as Record<string, unknown>), [s.hostPortKey]: s.ports[i + 1] };
    });
    edits.push({ op: "add", parent: pb, key, value });
  });
  return edits;
}

function exposedFix(exposed: ExposedPort, k: PortKey): Edit[] | undefined {
  const ep = exposed.node.parent!;
  const keys = expandedKeys(exposed.key, k);
  if (keys.length > MAX_EXPAND || keys.slice(1).some((key) => hasKey(ep, key))) return undefined;
  return [{ op: "rename", node: exposed.node, key: keys[0]! }, ...keys.slice(1).map((key): Edit => ({ op: "add", parent: ep, key, value: exposed.node.value }))];
}

function checkKey(mod: Module, report: RuleContext["report"], where: string, entry: PortBinding | ExposedPort, fixFor: (k: PortKey) => Edit[] | undefined): void {
  const { key, parsed } = entry;
  if (hasPlaceholder(key) || (parsed !== undefined && parsed.valid)) return;
  if (parsed !== undefined && parsed.rangeEnd !== undefined && ["tcp", "udp", "sctp"].includes(parsed.protocol) && parsed.rangeEnd >= parsed.port) {
    const keys = expandedKeys(key, parsed);
    const fix = fixFor(parsed);
    const list = keys.length <= 4 ? keys.map((x) => `'${x}'`).join(", ") : `'${keys[0]}', '${keys[1]}', … '${keys[keys.length - 1]}'`;
    report({
      node: entry.node,
      module: mod,
      messageId: "range",
      data: { key, where, list },
      ...(fix !== undefined ? { fix } : {}),
    });
    return;
  }
  report({
    node: entry.node,
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
  create: ({ report }) => ({
    module(mod, facts) {
      for (const b of facts.portBindings) {
        if (b.parsed?.valid) continue;
        checkKey(mod, report, "HostConfig.PortBindings", b, (k) => bindingsFix(b, k));
      }
      for (const e of facts.exposedPorts) {
        if (e.parsed?.valid) continue;
        checkKey(mod, report, "ExposedPorts", e, (k) => exposedFix(e, k));
      }
    },
  }),
};

export default rule;
