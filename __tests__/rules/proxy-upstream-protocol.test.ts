import rule from "../../rules/proxy-upstream-protocol.js";
import { manifestText, type ManifestSpec } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const hubPorts = { HostConfig: { PortBindings: { "443/tcp": [{ HostPort: "443" }] } } };
const hub = (env: Record<string, unknown>): ManifestSpec => ({
  systemModules: { edgeHub: { image: "mcr.microsoft.com/azureiotedge-hub:1.1", env, createOptions: hubPorts } },
});

ruleTester(rule, {
  valid: [
    { name: "AmqpWs", spec: hub({ https_proxy: "http://proxy:3128", UpstreamProtocol: "AmqpWs", no_proxy: "localhost" }) },
    { name: "mqttws, any case", spec: hub({ https_proxy: "http://proxy:3128", UpstreamProtocol: "mqttws" }) },
    { name: "a placeholder protocol", spec: hub({ https_proxy: "http://proxy:3128", UpstreamProtocol: "$UPSTREAM" }) },
    { name: "no proxy", spec: hub({ UpstreamProtocol: "Amqp" }) },
    { name: "user modules are not checked", spec: { modules: { uploader: { env: { https_proxy: "http://proxy:3128" } } } } },
  ],
  invalid: [
    {
      name: "UpstreamProtocol absent: AmqpWs added",
      spec: hub({ https_proxy: "http://proxy:3128" }),
      errors: [
        {
          at: '"https_proxy"',
          message:
            "module 'edgeHub': 'https_proxy' is set but UpstreamProtocol is not; through a web proxy edgeHub must reach IoT Hub over WebSockets, so set UpstreamProtocol: \"AmqpWs\" (or \"MqttWs\")",
          fixable: true,
          severity: "warning",
        },
      ],
      output: manifestText(hub({ https_proxy: "http://proxy:3128", UpstreamProtocol: "AmqpWs" })),
    },
    {
      name: "edgeAgent without an env map: env created",
      spec: { systemModules: { edgeAgent: { image: "mcr.microsoft.com/azureiotedge-agent:1.1", createOptions: { Env: ["https_proxy=http://proxy:3128"] } } } },
      errors: [{ at: '"https_proxy=http://proxy:3128"', module: "edgeAgent" }],
      output: manifestText({ systemModules: { edgeAgent: { image: "mcr.microsoft.com/azureiotedge-agent:1.1", createOptions: { Env: ["https_proxy=http://proxy:3128", "UpstreamProtocol=AmqpWs"] } } } }),
    },
    {
      name: "Mqtt set: a suggestion for MqttWs, not a fix",
      spec: hub({ https_proxy: "http://proxy:3128", UpstreamProtocol: "Mqtt" }),
      errors: [{ at: '"UpstreamProtocol"', message: /UpstreamProtocol is "Mqtt" while 'https_proxy' is set; unless the proxy allows plain Mqtt, edgeHub must use WebSockets through it: "MqttWs"$/, fixable: false, suggestions: 1 }],
      output: null,
    },
  ],
});
