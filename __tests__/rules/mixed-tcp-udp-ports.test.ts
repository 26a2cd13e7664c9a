import rule from "../../rules/mixed-tcp-udp-ports.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { relay: { createOptions: co } } });

ruleTester(rule, {
  valid: [
    { name: "tcp only", spec: mod({ HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "80" }], "443": [{ HostPort: "443" }] } } }) },
    { name: "udp only", spec: mod({ HostConfig: { PortBindings: { "514/udp": [{ HostPort: "514" }], "1680/UDP": [{ HostPort: "1680" }] } } }) },
    {
      name: "ClusterIP service may mix protocols",
      spec: mod({ HostConfig: { PortBindings: { "514/udp": [{ HostPort: "514" }], "514/tcp": [{ HostPort: "514" }] } }, "k8s-experimental": { serviceOptions: { type: "ClusterIP" } } }),
    },
    { name: "exposed ports are not bindings", spec: mod({ ExposedPorts: { "53/udp": {} }, HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "80" }] } } }) },
  ],
  invalid: [
    {
      name: "syslog relay on 514 tcp and udp",
      spec: mod({ HostConfig: { PortBindings: { "514/udp": [{ HostPort: "514" }], "514/tcp": [{ HostPort: "514" }], "6514/tcp": [{ HostPort: "6514" }] } } }),
      errors: [
        {
          at: '"514/tcp"',
          message:
            "module 'relay': binds TCP (514/tcp, 6514/tcp) and UDP (514/udp) ports in one module, which Kubernetes-based IoT Edge cannot publish as one LoadBalancer service; HostPort 514 is bound for both protocols, and Kubernetes Service ports are keyed by host port, so one binding silently replaces the other; split the module in two, one per protocol, or keep one protocol",
          severity: "error",
          module: "relay",
        },
      ],
      output: null,
    },
    {
      name: "protocol-less key is tcp; LoadBalancer type does not help",
      spec: mod({ HostConfig: { PortBindings: { "8554": [{ HostPort: "8554" }], "8554/udp": [{ HostPort: "8554" }] } }, "k8s-experimental": { serviceOptions: { type: "LoadBalancer" } } }),
      errors: [{ at: '"8554/udp"', message: /binds TCP \(8554\) and UDP \(8554\/udp\)/ }],
    },
  ],
});
