import { createOptionsOf, isPlainObject, type Edit, type Rule } from "../src/rule-api.js";
import { hostConfig, keyIgnoreCase } from "./_facts.js";

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
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const root = createOptionsOf(mod);
      if (root === undefined) continue;
      const key = keyIgnoreCase(root.value as Record<string, unknown>, "portbindings");
      if (key === undefined) continue;
      const misplaced = root.getExact(key)!;
      // an empty map publishes nothing wherever it stands
      if (isPlainObject(misplaced.value) && Object.keys(misplaced.value).length === 0) continue;
      const hc = hostConfig(mod);
      const inHostConfig = hc?.get("PortBindings");
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
          ? { messageId: "mergeIntoHostConfig", data: { key, hostConfigKey: inHostConfig.key! } }
          : { messageId: "moveIntoHostConfig", data: { key } }),
        ...(edits !== undefined ? { suggestions: [{ message: `Move ${key} into HostConfig`, edits }] } : {}),
      });
    }
  },
};

export default rule;
