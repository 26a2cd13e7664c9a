import { isPlaceholder, isPlainObject, valueIgnoreCase, type Rule } from "../src/rule-api.js";
import { sanitizeAnnotationKey } from "./_k8s-annotations.js";

/** §1.3: Labels become annotations; a key the agent cannot sanitize stops the module from deploying. */
const rule: Rule = {
  meta: {
    id: "label-key",
    severity: "error",
    facts: ["§1.3"],
    description: "A createOptions.Labels key that becomes empty, invalid or longer than 63 characters as a Kubernetes annotation key.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      invalidKey:
        "the label '{{label}}' cannot become a Kubernetes annotation key ({{reason}}), and the agent refuses the module; use a key of at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit, optionally after a DNS prefix and '/' (e.g. 'contoso.com/camera-role')",
      sameKey:
        "the labels '{{first}}' and '{{label}}' both become the annotation key '{{annotation}}' on Kubernetes, and the agent fails adding the second; rename one of them",
    },
  },
  create: ({ report }) => ({
    createOptions(options, mod) {
      if (!isPlainObject(valueIgnoreCase(options.value, "labels"))) return;
      const labels = options.get("Labels");
      if (labels === undefined || !labels.isObject) return;
      const seen = new Map<string, string>();
      for (const key of Object.keys(labels.value as object)) {
        if (isPlaceholder(key)) continue;
        const s = sanitizeAnnotationKey(key);
        if (!s.ok) {
          report({
            node: labels.getExact(key)!,
            part: "key",
            module: mod,
            messageId: "invalidKey",
            data: { label: key, reason: s.reason },
          });
          continue;
        }
        const first = seen.get(s.key);
        if (first !== undefined) {
          report({
            node: labels.getExact(key)!,
            part: "key",
            module: mod,
            messageId: "sameKey",
            data: { first, label: key, annotation: s.key },
          });
        } else seen.set(s.key, key);
      }
    },
  }),
};

export default rule;
