import { describe, expect, it } from "vitest";
import { lintText } from "../../src/index.js";
import rule from "../../rules/proxy-upstream-protocol.js";
import { manifestText, positionOf, type ManifestSpec } from "../helpers/manifest.js";
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
    { name: "no_proxy without localhost: proxy-no-proxy-localhost reports this key with both remedies (Kubernetes)", spec: hub({ https_proxy: "http://proxy:3128" }) },
    { name: "user modules are not checked", spec: { modules: { uploader: { env: { https_proxy: "http://proxy:3128" } } } } },
  ],
  invalid: [
    {
      name: "UpstreamProtocol absent: AmqpWs added",
      spec: hub({ https_proxy: "http://proxy:3128", no_proxy: "localhost" }),
      errors: [
        {
          at: '"https_proxy"',
          message:
            "module 'edgeHub': 'https_proxy' is set but UpstreamProtocol is not; through a web proxy edgeHub must reach IoT Hub over WebSockets, so set UpstreamProtocol: \"AmqpWs\" (or \"MqttWs\")",
          fixable: true,
          severity: "warning",
        },
      ],
      output: manifestText(hub({ https_proxy: "http://proxy:3128", no_proxy: "localhost", UpstreamProtocol: "AmqpWs" })),
    },
    {
      name: "edgeAgent without an env map: env created",
      spec: { systemModules: { edgeAgent: { image: "mcr.microsoft.com/azureiotedge-agent:1.1", createOptions: { Env: ["https_proxy=http://proxy:3128", "no_proxy=localhost"] } } } },
      errors: [{ at: '"https_proxy=http://proxy:3128"', module: "edgeAgent" }],
      output: manifestText({ systemModules: { edgeAgent: { image: "mcr.microsoft.com/azureiotedge-agent:1.1", createOptions: { Env: ["https_proxy=http://proxy:3128", "no_proxy=localhost", "UpstreamProtocol=AmqpWs"] } } } }),
    },
    {
      name: "Mqtt set: a suggestion for MqttWs, not a fix",
      spec: hub({ https_proxy: "http://proxy:3128", UpstreamProtocol: "Mqtt" }),
      errors: [{ at: '"UpstreamProtocol"', message: /UpstreamProtocol is "Mqtt" while 'https_proxy' is set; unless the proxy allows plain Mqtt, edgeHub must use WebSockets through it: "MqttWs"$/, fixable: false, suggestions: 1 }],
      output: null,
    },
  ],
});

describe("proxy-upstream-protocol on the vm target (proxy-no-proxy-localhost does not run there)", () => {
  it("reports the missing UpstreamProtocol itself", () => {
    const r = lintText(manifestText(hub({ https_proxy: "http://proxy:3128" })), { filePath: "deployment.template.json", ruleSet: [rule], target: "vm" });
    expect(r.messages.map((m) => [m.ruleId, m.line, m.message, m.target])).toEqual([
      ["proxy-upstream-protocol", positionOf(manifestText(hub({ https_proxy: "http://proxy:3128" })), '"https_proxy"').line, "module 'edgeHub': 'https_proxy' is set but UpstreamProtocol is not; through a web proxy edgeHub must reach IoT Hub over WebSockets, so set UpstreamProtocol: \"AmqpWs\" (or \"MqttWs\")", "vm"],
    ]);
  });
});
