import { isPlaceholder, type Rule } from "../src/rule-api.js";

/** §1.3: the Kubernetes agent mounts only `bind` and `volume`; other types are silently not mounted. */
const rule: Rule = {
  meta: {
    id: "mount-type-ignored",
    severity: "warning",
    facts: ["§1.3"],
    description: "A HostConfig.Mounts entry of a type other than bind or volume (tmpfs, npipe): silently not mounted on Kubernetes.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      tmpfs:
        "a HostConfig.Mounts entry of Type '{{type}}' is silently not mounted on Kubernetes-based IoT Edge, which mounts only 'bind' and 'volume'; for shared memory use HostConfig.IpcMode 'host'; for scratch space a k8s-experimental.volumes emptyDir",
      otherType:
        "a HostConfig.Mounts entry of Type '{{type}}' is silently not mounted on Kubernetes-based IoT Edge, which mounts only 'bind' and 'volume'; use Type 'bind' for a host directory or Type 'volume' for a share",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      for (const m of facts.mounts) {
        const t = m.type?.value;
        if (typeof t !== "string" || isPlaceholder(t)) continue;
        const lower = t.toLowerCase();
        if (lower === "bind" || lower === "volume") continue;
        report({
          node: m.type!,
          part: "value",
          module: mod,
          messageId: lower === "tmpfs" ? "tmpfs" : "otherType",
          data: { type: t },
        });
      }
    },
  }),
};

export default rule;
