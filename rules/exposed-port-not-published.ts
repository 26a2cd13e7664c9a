import { ensureValue, type Rule } from "../src/rule-api.js";

/** Host ports a suggestion never picks: the proxy sidecar's (35000, 35001) and Azure Stack Edge's (31000, 31001). */
const RESERVED = new Set([31000, 31001, 35000, 35001]);

const NOT_PUBLISHED =
  'exposed port \'{{key}}\' has no HostConfig.PortBindings entry; on Kubernetes-based IoT Edge a port is published as a service only with a HostPort: add "PortBindings": {"{{key}}": [{"HostPort": "{{hostPort}}"}]}';

/** F5: a service that other modules or clients reach needs a HostPort; ExposedPorts alone gives none. */
const rule: Rule = {
  meta: {
    id: "exposed-port-not-published",
    severity: "warning",
    facts: ["F5", "F6"],
    description: "An ExposedPorts port with no PortBindings entry: it is not published as a service port.",
    repair: "suggestion",
    targets: ["kubernetes"],
    messages: {
      notPublished: NOT_PUBLISHED,
      notPublishedPortTaken: `${NOT_PUBLISHED} (host port {{port}} is already bound by '{{boundBy}}')`,
    },
  },
  create: ({ report }) => ({
    createOptions(root, mod, facts) {
      const exposed = facts.exposedPorts;
      if (exposed.length === 0) return;
      const bindings = facts.portBindings;
      const bound = new Set(bindings.flatMap((b) => (b.parsed?.valid ? [`${b.parsed.port}/${b.parsed.protocol}`] : [])));
      // host ports the module already binds (and those the suggestions below take): a new binding needs a free one
      const used = new Map<number, string>();
      for (const b of bindings) for (const h of b.hostPorts) if (h.hostPort !== undefined) used.set(h.hostPort, b.key);
      for (const ep of exposed) {
        if (ep.parsed === undefined || !ep.parsed.valid) continue;
        const id = `${ep.parsed.port}/${ep.parsed.protocol}`;
        if (bound.has(id)) continue;
        let free = ep.parsed.port;
        while ((used.has(free) || RESERVED.has(free)) && free < 65535) free++;
        const boundBy = free !== ep.parsed.port ? used.get(ep.parsed.port) : undefined;
        used.set(free, ep.key);
        const port = String(free);
        report({
          node: ep.node,
          module: mod,
          ...(boundBy === undefined
            ? { messageId: "notPublished", data: { key: ep.key, hostPort: port } }
            : { messageId: "notPublishedPortTaken", data: { key: ep.key, hostPort: port, port: ep.parsed.port, boundBy } }),
          suggestions: [{ message: `Publish ${ep.key} on host port ${port}`, edits: [ensureValue(root, ["HostConfig", "PortBindings", ep.key], [{ HostPort: port }])] }],
        });
      }
    },
  }),
};

export default rule;
