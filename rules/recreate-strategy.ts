import { hasPlaceholder, isPlaceholder, valueIgnoreCase, type Edit, type ModuleFacts, type Rule } from "../src/rule-api.js";
import { FPGA, GPU, ensureK8s, gpuDeviceRequests } from "./_resources.js";

/** Why a rolling update of this module would wait for a resource its old pod still holds. */
export function exclusiveHoldings(facts: ModuleFacts): string[] {
  const out: string[] = [];
  const { limits, requests } = facts.resources;
  const hc = facts.hostConfigValue;
  const runtime = valueIgnoreCase(hc, "runtime");
  if ([limits, requests].some((m) => m?.get(GPU) !== undefined || m?.get(FPGA) !== undefined)) out.push("GPU/FPGA resources");
  else if ((typeof runtime === "string" && runtime.toLowerCase() === "nvidia") || facts.get(gpuDeviceRequests) !== undefined) out.push("a GPU");
  // host ports become Service ports, not pod hostPorts (§1.3): a rolling update does not wait for them
  const volumeMount = facts.mounts.some((m) => {
    const t = m.type?.value;
    return typeof t === "string" && t.toLowerCase() === "volume";
  });
  // binds that no-host-binds turns into volumes: FPGA share paths and named volumes
  const shareBind = facts.binds.some((b) => {
    if (typeof b.value !== "string") return false;
    const src = b.value.split(":")[0]!;
    return /^\/home\/hcsshares\/[^/]/.test(src) || (src !== "" && !src.startsWith("/") && !/^[A-Za-z]$/.test(src) && !hasPlaceholder(src));
  });
  const pvc = facts.k8sExperimental?.get("volumes")?.items().some((v) => v.get("volume")?.get("persistentVolumeClaim") !== undefined);
  if (volumeMount || shareBind || pvc) out.push("volume mounts");
  const net = valueIgnoreCase(hc, "networkmode");
  if (typeof net === "string" && net.toLowerCase() === "host") out.push("the host network");
  return out;
}

/** F16: Kubernetes rolls updates by default; a module holding exclusive resources must be recreated. */
const rule: Rule = {
  meta: {
    id: "recreate-strategy",
    severity: "warning",
    facts: ["F16", "§1.7"],
    description: "A user module holding GPU/FPGA resources, volume mounts or the host network without k8s-experimental.strategy.type: Recreate; the fix adds it.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      rollingUpdate:
        'it holds {{holds}}; Kubernetes updates it with a rolling update by default, and the new pod waits for what the old one still holds, so set "k8s-experimental": {"strategy": {"type": "Recreate"}}',
      otherStrategy:
        'it holds {{holds}}; Kubernetes updates it with a rolling update by default, and the new pod waits for what the old one still holds, so set "k8s-experimental": {"strategy": {"type": "Recreate"}} (it is "{{type}}")',
    },
  },
  create: ({ manifest, report }) => ({
    module(mod, facts) {
      if (mod.system || mod.createOptions.error !== undefined) return;
      const holds = exclusiveHoldings(facts);
      if (holds.length === 0) return;
      const strategy = facts.k8sExperimental?.get("strategy");
      const type = strategy?.isObject ? strategy.get("type") : undefined;
      const t = typeof type?.value === "string" ? type.value : undefined;
      if (t !== undefined && (t.toLowerCase() === "recreate" || isPlaceholder(t))) return;
      const data = { holds: holds.join(", ") };
      if (t !== undefined && type !== undefined) {
        // an explicit other strategy is a choice: offer the change, do not make it
        const edits: Edit[] = [{ op: "set", node: strategy!, value: { type: "Recreate" } }];
        report({ node: type, module: mod, part: "value", messageId: "otherStrategy", data: { ...data, type: t }, suggestions: [{ message: 'Set strategy.type to "Recreate"', edits }] });
        return;
      }
      const fix = strategy !== undefined && !strategy.isObject ? undefined : ensureK8s(manifest, facts, { strategy: { type: "Recreate" } });
      report({ node: mod.node, module: mod, messageId: "rollingUpdate", data, ...(fix !== undefined ? { fix } : {}) });
    },
  }),
};

export default rule;
