import { valueIgnoreCase, type Rule } from "../src/rule-api.js";

/** F18: the article lists Entrypoint among the Docker create options that do not work on Kubernetes. */
const rule: Rule = {
  meta: {
    id: "entrypoint",
    severity: "error",
    facts: ["F18", "§1.3"],
    description: "Entrypoint in createOptions.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      entrypoint:
        "createOptions.{{key}} does not work on Kubernetes-based IoT Edge (Azure Stack Edge); set the entry point in the image (Dockerfile ENTRYPOINT) and pass arguments with Cmd",
    },
  },
  create: ({ report }) => ({
    createOptions(options, mod) {
      const v = valueIgnoreCase(options.value, "entrypoint");
      if (v === undefined || v === null) return;
      const ep = options.get("Entrypoint")!;
      report({
        node: ep,
        module: mod,
        messageId: "entrypoint",
        data: { key: ep.key! },
      });
    },
  }),
};

export default rule;
