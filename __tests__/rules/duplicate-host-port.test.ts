import rule from "../../rules/duplicate-host-port.js";
import { ruleTester } from "../helpers/rule-tester.js";

const pb = (p: Record<string, unknown>) => ({ modules: { relay: { createOptions: { HostConfig: { PortBindings: p } } } } });

ruleTester(rule, {
  valid: [
    { name: "distinct host ports", spec: pb({ "80/tcp": [{ HostPort: "8080" }], "443/tcp": [{ HostPort: "8443" }] }) },
    { name: "the same host port in two modules", spec: { modules: { a: pb({ "80/tcp": [{ HostPort: "8080" }] }).modules.relay, b: pb({ "80/tcp": [{ HostPort: "8080" }] }).modules.relay } } },
    {
      name: "tcp and udp on one HostPort (Percept azureeyemodule 8554): part of mixed-tcp-udp-ports' one finding",
      spec: pb({ "8554/tcp": [{ HostPort: "8554" }], "8554/udp": [{ HostPort: "8554" }] }),
    },
    { name: "non-numeric and placeholder host ports are another rule's business", spec: pb({ "80/tcp": [{ HostPort: "$PORT" }], "81/tcp": [{ HostPort: "$PORT" }] }) },
  ],
  invalid: [
    {
      name: "tcp and udp on one HostPort of a ClusterIP service (mixed-tcp-udp-ports is silent there, so it is reported here)",
      spec: {
        modules: {
          relay: { createOptions: { HostConfig: { PortBindings: { "8554/tcp": [{ HostPort: "8554" }], "8554/udp": [{ HostPort: "8554" }] } }, "k8s-experimental": { serviceOptions: { type: "ClusterIP" } } } },
        },
      },
      errors: [
        {
          at: '"8554"',
          occurrence: 1,
          severity: "error",
          message:
            "module 'relay': HostPort 8554 is bound twice ('8554/tcp' and '8554/udp'); Kubernetes Service ports are keyed by host port, so one binding silently replaces the other; give each binding its own HostPort",
        },
      ],
      output: null,
    },
    {
      name: "two container ports on one HostPort, given as string and number",
      spec: pb({ "80/tcp": [{ HostPort: "8080" }], "8080/tcp": [{ HostPort: 8080 }] }),
      errors: [{ at: "8080\n", message: /HostPort 8080 is bound twice \('80\/tcp' and '8080\/tcp'\)/ }],
      output: null,
    },
    {
      name: "one container port bound to two host ports: duplicate Service port name [INF]",
      spec: pb({ "80/tcp": [{ HostPort: "8080" }, { HostPort: "9090" }] }),
      errors: [
        {
          at: '"9090"',
          message:
            "module 'relay': container port '80/tcp' is bound to several host ports (8080, 9090); the Kubernetes agent names each Service port 'hostport-80-tcp', and the API server rejects duplicate names [inferred]; bind it to one HostPort",
        },
      ],
      output: null,
    },
  ],
});
