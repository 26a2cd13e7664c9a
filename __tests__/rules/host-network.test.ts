import rule from "../../rules/host-network.js";
import { ruleTester } from "../helpers/rule-tester.js";

const hc = (h: Record<string, unknown>) => ({ modules: { lva: { createOptions: { HostConfig: h } } } });

ruleTester(rule, {
  valid: [
    { name: "bridge network", spec: hc({ NetworkMode: "azure-iot-edge" }) },
    { name: "no network mode", spec: hc({ Privileged: true }) },
    { name: "placeholder", spec: hc({ NetworkMode: "$NETWORK_MODE" }) },
  ],
  invalid: [
    {
      name: "user module on the host network, any case",
      spec: hc({ NetworkMode: "Host" }),
      errors: [
        {
          at: '"Host"',
          message:
            "module 'lva': NetworkMode host becomes hostNetwork with dnsPolicy ClusterFirstWithHostNet on Kubernetes-based IoT Edge: other modules are reached by their Kubernetes names, the module's ports must not clash with the node's or the proxy sidecar's (35000, 35001), and only one module per deployment can use it (some Azure Stack Edge releases do not allow it at all)",
          severity: "info",
          module: "lva",
        },
      ],
      output: null,
    },
    {
      name: "edgeHub on the host network is a warning; the second module on the host network is multiple-host-network's finding only",
      spec: {
        systemModules: { edgeHub: { image: "mcr.microsoft.com/azureiotedge-hub:1.1", createOptions: { HostConfig: { networkmode: "host" } } } },
        modules: { lva: { createOptions: { HostConfig: { NetworkMode: "host" } } } },
      },
      errors: [
        {
          at: '"host"',
          message:
            "module 'edgeHub': edgeHub does not need the host network on Kubernetes-based IoT Edge (modules on the host network reach it through ClusterFirstWithHostNet DNS), and only one module per deployment can use it; remove NetworkMode and publish its ports with PortBindings",
          severity: "warning",
          module: "edgeHub",
        },
      ],
    },
    {
      name: "three modules on the host network: only the first is reported here",
      spec: { modules: { a: { createOptions: { HostConfig: { NetworkMode: "host" } } }, b: { createOptions: { HostConfig: { NetworkMode: "host" } } }, c: { createOptions: { HostConfig: { NetworkMode: "HOST" } } } } },
      errors: [{ at: '"host"', severity: "info", module: "a" }],
      output: null,
    },
  ],
});
