import { hasPlaceholder, type Edit, type Rule } from "../src/rule-api.js";

/** F5, F6: the agent makes a Service port only from a numeric HostPort; Docker's "pick a random port" has no equivalent. */
const rule: Rule = {
  meta: {
    id: "port-binding-needs-host-port",
    severity: "error",
    facts: ["F5", "F6", "§5.5", "§1.6"],
    description: "A PortBindings entry without a numeric HostPort.",
    repair: "suggestion",
    targets: ["kubernetes"],
    messages: {
      noHostPort:
        "port binding '{{key}}' has no HostPort, so Kubernetes-based IoT Edge creates no service port for it; give a numeric HostPort (for example \"{{port}}\")",
      hostPortNotNumber:
        "port binding '{{key}}' has HostPort {{hostPort}}, which is not a port number, so Kubernetes-based IoT Edge creates no service port for it; give a numeric HostPort (for example \"{{port}}\")",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      for (const pb of facts.portBindings) {
        // ranges and unknown protocols are port-range's finding
        if (pb.parsed === undefined || !pb.parsed.valid) continue;
        const port = String(pb.parsed.port);
        const data = { key: pb.key, port };
        if (!Array.isArray(pb.value) || pb.hostPorts.length === 0) {
          if (pb.value === null || Array.isArray(pb.value)) {
            report({
              node: pb.node,
              module: mod,
              messageId: "noHostPort",
              data,
              suggestions: [{ message: `Publish it on host port ${port}`, edits: [{ op: "set", node: pb.node, value: [{ HostPort: port }] }] }],
            });
          }
          continue;
        }
        for (const hp of pb.hostPorts) {
          if (hp.hostPort !== undefined) continue;
          const raw = hp.hostPortKey === undefined ? undefined : (hp.value as Record<string, unknown>)[hp.hostPortKey];
          if (typeof raw === "string" && hasPlaceholder(raw)) continue;
          let edits: Edit[];
          if (!hp.node.isObject) edits = [{ op: "set", node: hp.node, value: { HostPort: port } }];
          else if (hp.hostPortNode !== undefined) edits = [{ op: "set", node: hp.hostPortNode, value: port }];
          else edits = [{ op: "add", parent: hp.node, key: "HostPort", value: port }];
          report({
            node: hp.hostPortNode ?? hp.node,
            module: mod,
            ...(hp.hostPortNode === undefined
              ? { messageId: "noHostPort", data }
              : { messageId: "hostPortNotNumber", data: { ...data, hostPort: String(JSON.stringify(raw)) } }),
            suggestions: [{ message: `Publish it on host port ${port}`, edits }],
          });
        }
      }
    },
  }),
};

export default rule;
