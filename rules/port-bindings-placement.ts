import { isPlainObject, keyIgnoreCase, type Edit, type Rule } from "../src/rule-api.js";

/**
 * PortBindings belongs in HostConfig: at the top level of createOptions neither Docker nor the
 * Kubernetes agent reads it (it is not a container Config field), so nothing is published.
 */
const rule: Rule = {
  meta: {
    id: "port-bindings-placement",
    severity: "warning",
    facts: ["F5", "§1.6"],
    description: "PortBindings at the top level of createOptions instead of in HostConfig: read by neither Docker nor Kubernetes, so no port is published; suggests moving it into HostConfig.",
    repair: "suggestion",
    targets: ["kubernetes", "vm"],
    messages: {
      moveIntoHostConfig:
        "createOptions.{{key}} is at the top level, where neither Docker nor Kubernetes-based IoT Edge reads it (it belongs in HostConfig), so none of its ports is published; move it into HostConfig",
      mergeIntoHostConfig:
        "createOptions.{{key}} is at the top level, where neither Docker nor Kubernetes-based IoT Edge reads it (it belongs in HostConfig), so none of its ports is published; merge its entries into HostConfig.{{hostConfigKey}}",
    },
  },
  create: ({ report }) => ({
    createOptions(root, mod, facts) {
      const key = keyIgnoreCase(root.value as Record<string, unknown>, "portbindings");
      if (key === undefined) return;
      const value = (root.value as Record<string, unknown>)[key];
      // an empty map publishes nothing wherever it stands
      if (isPlainObject(value) && Object.keys(value).length === 0) return;
      const misplaced = root.getExact(key)!;
      const hc = facts.hostConfig;
      // the key of HostConfig.PortBindings, when HostConfig has one
      const inHostConfig = facts.hostConfigValue === undefined ? undefined : keyIgnoreCase(facts.hostConfigValue, "portbindings");
      const hcKey = keyIgnoreCase(root.value as Record<string, unknown>, "hostconfig");
      let edits: Edit[] | undefined;
      // moving publishes the ports (a Service, maybe an external IP): offered, never applied by --fix
      if (inHostConfig === undefined && (hc !== undefined || hcKey === undefined)) {
        edits =
          hc !== undefined
            ? [{ op: "remove", node: misplaced }, { op: "add", parent: hc, key, copyOf: misplaced }]
            : [{ op: "remove", node: misplaced }, { op: "add", parent: root.withCase(false), key: "HostConfig", value: { [key]: misplaced.value } }];
      }
      report({
        node: misplaced,
        part: "key",
        module: mod,
        ...(inHostConfig !== undefined
          ? { messageId: "mergeIntoHostConfig", data: { key, hostConfigKey: inHostConfig } }
          : { messageId: "moveIntoHostConfig", data: { key } }),
        ...(edits !== undefined ? { suggestions: [{ message: `Move ${key} into HostConfig`, edits }] } : {}),
      });
    },
  }),
};

export default rule;
