import { isPlaceholder, type Rule } from "../src/rule-api.js";

/** §1.4: the agent's ParseEnv drops `Env` entries without '=' or starting with it. */
const rule: Rule = {
  meta: {
    id: "env-without-value",
    severity: "info",
    facts: ["§1.4"],
    description: "A createOptions.Env entry without '=' (or starting with it): dropped on Kubernetes.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      noName: "createOptions.Env entry '{{text}}' has no name before '=', and Kubernetes-based IoT Edge drops it; write 'NAME=value'",
      noEquals: "createOptions.Env entry '{{text}}' has no '=', and Kubernetes-based IoT Edge drops it; write '{{text}}=<value>' (or '{{text}}=' for an empty value), or remove it",
    },
  },
  create: ({ report }) => ({
    env(v, mod) {
      if (!v.malformed || typeof v.node.value !== "string" || isPlaceholder(v.node.value)) return;
      const text = v.node.value;
      report({ node: v.node, module: mod, messageId: text.startsWith("=") ? "noName" : "noEquals", data: { text } });
    },
  }),
};

export default rule;
