import { valueIgnoreCase, type Rule } from "../src/rule-api.js";

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
  create: ({ report }) => ({
    module(mod, facts) {
      const sc = facts.k8sExperimental?.get("securityContext");
      if (sc === undefined || !sc.isObject) return;
      // keys first; a member's node is made only when it is reported
      for (const key of Object.keys(sc.value as object)) {
        const lower = key.toLowerCase();
        let advice = CONTAINER_ONLY[lower];
        if (advice === undefined) continue;
        if (lower === "privileged" && valueIgnoreCase(facts.hostConfigValue, "privileged") === true) {
          advice = "HostConfig.Privileged is already true, and that is what makes the container privileged; remove it";
        }
        report({
          node: sc.getExact(key)!,
          part: "key",
          module: mod,
          messageId: "containerOnly",
          data: { key, advice },
        });
      }
    },
  }),
};

export default rule;
