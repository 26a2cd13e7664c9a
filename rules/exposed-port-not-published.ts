import { createOptionsOf, ensureValue, moduleLabel, type Rule } from "../src/rule-api.js";
import { exposedPortsOf, portBindingsOf } from "./_ports.js";

/** F5: a service that other modules or clients reach needs a HostPort; ExposedPorts alone gives none. */
const rule: Rule = {
  meta: {
    id: "exposed-port-not-published",
    severity: "warning",
    facts: ["F5", "F6"],
    description: "An ExposedPorts port with no PortBindings entry: it is not published as a service port.",
    repair: "suggestion",
    targets: ["kubernetes"],
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const root = createOptionsOf(mod);
      const exposed = exposedPortsOf(mod);
      if (root === undefined || exposed.length === 0) continue;
      const bound = new Set(portBindingsOf(mod).flatMap((b) => (b.parsed?.valid ? [`${b.parsed.port}/${b.parsed.protocol}`] : [])));
      for (const ep of exposed) {
        if (ep.parsed === undefined || !ep.parsed.valid) continue;
        const id = `${ep.parsed.port}/${ep.parsed.protocol}`;
        if (bound.has(id)) continue;
        const port = String(ep.parsed.port);
        report({
          node: ep.node,
          module: mod,
          message: `${moduleLabel(mod)}: exposed port '${ep.key}' has no HostConfig.PortBindings entry; on Kubernetes-based IoT Edge a port is published as a service only with a HostPort: add "PortBindings": {"${ep.key}": [{"HostPort": "${port}"}]}`,
          suggestions: [{ message: `Publish ${ep.key} on host port ${port}`, edits: [ensureValue(root, ["HostConfig", "PortBindings", ep.key], [{ HostPort: port }])] }],
        });
      }
    }
  },
};

export default rule;
