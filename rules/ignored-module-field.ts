import { isPlaceholder, type Rule } from "../src/rule-api.js";

/** §1.3: module fields the Kubernetes agent stores but never uses. */
const rule: Rule = {
  meta: {
    id: "ignored-module-field",
    severity: "info",
    facts: ["§1.3"],
    description: "startupOrder, a restartPolicy other than 'always', and imagePullPolicy: ignored on Kubernetes-based IoT Edge.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      startupOrder:
        "startupOrder is ignored on Kubernetes-based IoT Edge (every module starts at once); make the module wait for what it depends on (retry its connections) instead of relying on the start order",
      restartPolicy:
        "restartPolicy '{{policy}}' is ignored on Kubernetes-based IoT Edge, where a module's pod is always restarted; write \"always\", or set status \"stopped\" for a module that must not run",
      imagePullPolicy:
        "imagePullPolicy is ignored on Kubernetes-based IoT Edge (Kubernetes pulls by its own default: always for ':latest' or no tag, else if not present); use a versioned image tag to control updates",
    },
  },
  create: ({ report }) => ({
    module(mod) {
      const startup = mod.node.getExact("startupOrder");
      if (startup !== undefined) {
        report({
          node: startup,
          part: "key",
          module: mod,
          messageId: "startupOrder",
        });
      }
      const restart = mod.node.getExact("restartPolicy");
      if (restart !== undefined && typeof restart.value === "string" && !isPlaceholder(restart.value) && restart.value.toLowerCase() !== "always") {
        report({
          node: restart,
          part: "value",
          module: mod,
          messageId: "restartPolicy",
          data: { policy: restart.value },
        });
      }
      const pull = mod.node.getExact("imagePullPolicy");
      if (pull !== undefined) {
        report({
          node: pull,
          part: "key",
          module: mod,
          messageId: "imagePullPolicy",
        });
      }
    },
  }),
};

export default rule;
