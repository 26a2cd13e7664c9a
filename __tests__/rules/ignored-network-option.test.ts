import rule from "../../rules/ignored-network-option.js";
import { ruleTester } from "../helpers/rule-tester.js";

const co = (o: Record<string, unknown>) => ({ modules: { web: { createOptions: o } } });

ruleTester(rule, {
  valid: [
    { name: "host network", spec: co({ HostConfig: { NetworkMode: "host" } }) },
    { name: "HostIp meaning all interfaces", spec: co({ HostConfig: { PortBindings: { "80/tcp": [{ HostIp: "0.0.0.0", HostPort: "80" }, { HostIp: "", HostPort: "81" }] } } }) },
    { name: "placeholders", spec: co({ HostConfig: { NetworkMode: "$NET", PortBindings: { "80/tcp": [{ HostIp: "${IP}", HostPort: "80" }] } } }) },
  ],
  invalid: [
    {
      name: "NetworkMode other than host, NetworkingConfig and HostIp",
      spec: co({
        NetworkingConfig: { EndpointsConfig: { host: {} } },
        HostConfig: { NetworkMode: "azure-iot-edge", PortBindings: { "1883/tcp": [{ HostIp: "172.17.0.1", HostPort: "1883" }] } },
      }),
      errors: [
        {
          at: '"NetworkingConfig"',
          severity: "info",
          message:
            "module 'web': NetworkingConfig (network aliases, endpoints) is ignored on Kubernetes-based IoT Edge; modules reach each other by their Kubernetes Service name, so it can be removed",
        },
        {
          at: '"azure-iot-edge"',
          message:
            "module 'web': NetworkMode 'azure-iot-edge' is ignored on Kubernetes-based IoT Edge (only 'host' is read); modules reach each other through Kubernetes Services, so it can be removed",
        },
        { at: '"HostIp"', message: /^module 'web': HostIp '172.17.0.1' in the binding of '1883\/tcp' is ignored on Kubernetes-based IoT Edge/ },
      ],
      output: null,
    },
  ],
});
