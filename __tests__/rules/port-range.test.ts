import rule from "../../rules/port-range.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const co = (o: Record<string, unknown>) => ({ modules: { relay: { createOptions: o } } });
const pb = (p: Record<string, unknown>) => co({ HostConfig: { PortBindings: p } });

ruleTester(rule, {
  valid: [
    { name: "single ports with and without protocol, any case", spec: co({ ExposedPorts: { "80/tcp": {}, "53/UDP": {}, "9000": {} }, HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "8080" }], "5000/sctp": [{ HostPort: "5000" }] } } }) },
    { name: "placeholder key", spec: pb({ "${PORT}/tcp": [{ HostPort: "80" }] }) },
  ],
  invalid: [
    {
      name: "a PortBindings range with a host range is expanded",
      spec: pb({ "8000-8002/tcp": [{ HostPort: "9000-9002" }], "80/tcp": [{ HostPort: "8080" }] }),
      errors: [
        {
          at: '"8000-8002/tcp"',
          severity: "error",
          module: "relay",
          fixable: true,
          message:
            "module 'relay': the port range '8000-8002/tcp' in HostConfig.PortBindings is silently dropped by the Kubernetes agent, which reads only single ports; list each port: '8000/tcp', '8001/tcp', '8002/tcp'",
        },
      ],
      output: manifestText(
        pb({ "8000/tcp": [{ HostPort: "9000" }], "80/tcp": [{ HostPort: "8080" }], "8001/tcp": [{ HostPort: "9001" }], "8002/tcp": [{ HostPort: "9002" }] }),
      ),
    },
    {
      name: "an ExposedPorts range without protocol is expanded",
      spec: co({ ExposedPorts: { "7000-7001": {} } }),
      errors: [{ at: '"7000-7001"', message: /list each port: '7000', '7001'$/, fixable: true }],
      output: manifestText(co({ ExposedPorts: { "7000": {}, "7001": {} } })),
    },
    {
      name: "a range whose host port cannot be split: reported without a fix",
      spec: pb({ "8000-8002/udp": [{ HostPort: "9000" }] }),
      errors: [{ at: '"8000-8002/udp"', fixable: false }],
      output: null,
    },
    {
      name: "a range that would duplicate an existing key: no fix",
      spec: co({ ExposedPorts: { "7000-7001/tcp": {}, "7001/tcp": {} } }),
      errors: [{ at: '"7000-7001/tcp"', fixable: false }],
      output: null,
    },
    {
      name: "an unknown protocol and a key that is not a port",
      spec: co({ ExposedPorts: { "80/http": {} }, HostConfig: { PortBindings: { web: [{ HostPort: "80" }] } } }),
      errors: [
        { at: '"80/http"', message: "module 'relay': the key '80/http' in ExposedPorts has the protocol 'http'; the Kubernetes agent reads only '<port>' or '<port>/tcp|udp|sctp' and silently drops it" },
        { at: '"web"', message: /the key 'web' in HostConfig.PortBindings is not a port;/ },
      ],
      output: null,
    },
  ],
});
