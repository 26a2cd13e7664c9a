import { type Rule } from "../src/rule-api.js";
import { hostConfig, k8sExperimental } from "./_facts.js";

/** Members of a Kubernetes container SecurityContext that a PodSecurityContext does not have. */
const CONTAINER_ONLY: Record<string, string> = {
  privileged: "set HostConfig.Privileged: true, which the agent turns into the container's privileged flag",
  capabilities: "the agent offers no way to add capabilities; use HostConfig.Privileged: true if the module needs them",
  allowprivilegeescalation: "the agent offers no way to set it on the container; remove it",
  readonlyrootfilesystem: "the agent offers no way to set it on the container; remove it",
  procmount: "the agent offers no way to set it on the container; remove it",
};

/** §1.2 [INF]: k8s-experimental.securityContext is a V1PodSecurityContext; container-level members are lost. */
const rule: Rule = {
  meta: {
    id: "security-context-container-keys",
    severity: "warning",
    facts: ["§1.2"],
    description: "Container-level keys (privileged, capabilities, ...) in k8s-experimental.securityContext, which is pod-level: silently lost.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      containerOnly:
        "k8s-experimental.securityContext is the pod's security context, which has no '{{key}}' (a container-level setting), so it is silently dropped; {{advice}}",
    },
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const sc = k8sExperimental(mod)?.get("securityContext");
      if (sc === undefined || !sc.isObject) continue;
      for (const entry of sc.entries()) {
        const lower = entry.key!.toLowerCase();
        let advice = CONTAINER_ONLY[lower];
        if (advice === undefined) continue;
        if (lower === "privileged" && hostConfig(mod)?.get("Privileged")?.value === true) {
          advice = "HostConfig.Privileged is already true, and that is what makes the container privileged; remove it";
        }
        report({
          node: entry,
          part: "key",
          module: mod,
          messageId: "containerOnly",
          data: { key: entry.key!, advice },
        });
      }
    }
  },
};

export default rule;
