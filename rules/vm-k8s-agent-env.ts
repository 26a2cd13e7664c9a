import type { Rule } from "../src/rule-api.js";

/** V12: edgeAgent settings read only by its Kubernetes mode (K8S/Constants.cs, release/1.1-k8s-preview). */
export const KUBERNETES_AGENT_SETTINGS = [
  "K8sNamespace",
  "PortMappingServiceType",
  "EnableK8sServiceCallTracing",
  "UseMountSourceForVolumeName",
  "PersistentVolumeName",
  "StorageClassName",
  "PersistentVolumeClaimDefaultSizeInMb",
  "AgentOperatorTimeoutSeconds",
  "RunAsNonRoot",
  "ProxyImage",
  "ProxyImagePullSecretName",
  "ProxyConfigPath",
  "ProxyConfigVolume",
  "ProxyConfigMapName",
  "ProxyTrustBundlePath",
  "ProxyTrustBundleVolume",
  "ProxyTrustBundleConfigMapName",
  "ExperimentalFeatures__EnableK8SExtensions",
];

/** .NET configuration: names are case-insensitive and `:` is the section separator that `__` stands for. */
const canonical = (name: string): string => name.toLowerCase().replace(/:/g, "__");
const KNOWN = new Map(KUBERNETES_AGENT_SETTINGS.map((n) => [canonical(n), n]));

/** V12: in a VM manifest's edgeAgent env, the Kubernetes-only settings are noise. */
const rule: Rule = {
  meta: {
    id: "vm-k8s-agent-env",
    severity: "warning",
    facts: ["V12"],
    description: "edgeAgent env settings that only the Kubernetes runtime reads (Mode=kubernetes, K8sNamespace, PortMappingServiceType, Proxy*, StorageClassName, …); the fix removes them.",
    repair: "fix",
    targets: ["vm"],
    messages: {
      kubernetesMode: "'Mode' = '{{value}}' runs edgeAgent on Kubernetes; IoT Edge in a VM runs it on Docker (its default mode): remove it",
      kubernetesSetting: "'{{name}}' is read only by edgeAgent's Kubernetes mode; IoT Edge in a VM (Docker) ignores it: remove it",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      if (!mod.system || mod.name !== "edgeAgent") return;
      for (const e of facts.env) {
        if (e.malformed) continue;
        const c = canonical(e.name);
        const isMode = c === "mode" && e.value !== undefined && e.value.trim().toLowerCase() === "kubernetes";
        if (!isMode && !KNOWN.has(c)) continue;
        report({
          node: e.node,
          module: mod,
          ...(isMode ? { messageId: "kubernetesMode", data: { value: e.value! } } : { messageId: "kubernetesSetting", data: { name: e.name } }),
          fix: [{ op: "remove", node: e.node }],
        });
      }
    },
  }),
};

export default rule;
