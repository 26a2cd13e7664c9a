import { isPlaceholder, valueIgnoreCase, type Rule } from "../src/rule-api.js";

/**
 * §1.3 [INF]: Docker reads a string Cmd/Entrypoint as a one-element list (moby strslice); the
 * Kubernetes agent reads both with ToObject<IReadOnlyList<string>>(), which fails on a string.
 */
const rule: Rule = {
  meta: {
    id: "cmd-string",
    severity: "error",
    facts: ["§1.3", "§5.6"],
    description: "Cmd or Entrypoint given as a string instead of an array; the fix wraps it in a one-element array, as Docker reads it.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      stringCommand: "{{key}} is a string; Docker reads it as a one-element list, but the Kubernetes agent expects an array of strings; write {{array}}",
    },
  },
  create: ({ report }) => ({
    createOptions(root, mod) {
      for (const name of ["Cmd", "Entrypoint"]) {
        if (typeof valueIgnoreCase(root.value, name.toLowerCase()) !== "string") continue;
        const node = root.get(name);
        if (node === undefined || typeof node.value !== "string" || isPlaceholder(node.value)) continue;
        report({
          node,
          part: "value",
          module: mod,
          messageId: "stringCommand",
          data: { key: node.key!, array: JSON.stringify([node.value]) },
          fix: [{ op: "set", node, value: [node.value] }],
        });
      }
    },
  }),
};

export default rule;
