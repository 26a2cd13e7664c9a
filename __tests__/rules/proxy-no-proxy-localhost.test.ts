import rule from "../../rules/proxy-no-proxy-localhost.js";
import { manifestText, type ManifestSpec } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const hubPorts = { HostConfig: { PortBindings: { "443/tcp": [{ HostPort: "443" }] } } };
const hub = (env: Record<string, unknown>): ManifestSpec => ({
  systemModules: { edgeHub: { image: "mcr.microsoft.com/azureiotedge-hub:1.1", env, createOptions: hubPorts } },
});

ruleTester(rule, {
  valid: [
    { name: "no proxy", spec: hub({ UpstreamProtocol: "AmqpWs" }) },
    { name: "no_proxy lists localhost", spec: hub({ https_proxy: "http://proxy:3128", no_proxy: "10.0.0.0/8, localhost" }) },
    { name: "NO_PROXY, any case", spec: hub({ HTTPS_PROXY: "http://proxy:3128", NO_PROXY: "LOCALHOST" }) },
    { name: "no_proxy is a placeholder", spec: hub({ https_proxy: "$PROXY", no_proxy: "$NO_PROXY" }) },
    { name: "empty https_proxy", spec: hub({ https_proxy: "" }) },
  ],
  invalid: [
    {
      name: "edgeHub with https_proxy only (F13 without F14)",
      spec: hub({ https_proxy: "http://proxy.contoso.local:3128", UpstreamProtocol: "AmqpWs" }),
      errors: [
        {
          at: '"https_proxy"',
          message:
            "module 'edgeHub': 'https_proxy' is set but no_proxy does not list localhost; on Kubernetes-based IoT Edge the module talks to the IoT Edge daemon through its proxy sidecar on http://localhost, which must not go through the web proxy, so set no_proxy: \"localhost\"",
          fixable: true,
          module: "edgeHub",
        },
      ],
      output: manifestText(hub({ https_proxy: "http://proxy.contoso.local:3128", UpstreamProtocol: "AmqpWs", no_proxy: "localhost" })),
    },
    {
      name: "HTTPS_PROXY with a NO_PROXY list: ,localhost appended",
      spec: hub({ HTTPS_PROXY: "http://proxy:3128", NO_PROXY: "10.0.0.0/8,.contoso.local" }),
      errors: [{ at: '"HTTPS_PROXY"', message: /\(append it: "10\.0\.0\.0\/8,\.contoso\.local,localhost"\); through the web proxy edgeHub must also reach IoT Hub over WebSockets, so set UpstreamProtocol: "AmqpWs" \(or "MqttWs"\)$/ }],
      // one finding at the key carries proxy-upstream-protocol's remedy too
      output: manifestText(hub({ HTTPS_PROXY: "http://proxy:3128", NO_PROXY: "10.0.0.0/8,.contoso.local,localhost", UpstreamProtocol: "AmqpWs" })),
    },
    {
      name: "a user module with the proxy in createOptions.Env: no_proxy added there",
      spec: { modules: { uploader: { createOptions: { Env: ["https_proxy=http://proxy:3128"] } } } },
      errors: [{ at: '"https_proxy=http://proxy:3128"', module: "uploader" }],
      output: manifestText({ modules: { uploader: { createOptions: { Env: ["https_proxy=http://proxy:3128", "no_proxy=localhost"] } } } }),
    },
    {
      name: "an empty no_proxy is set",
      spec: hub({ https_proxy: "http://proxy:3128", no_proxy: "", UpstreamProtocol: "MqttWs" }),
      errors: [{ at: '"https_proxy"' }],
      output: manifestText(hub({ https_proxy: "http://proxy:3128", no_proxy: "localhost", UpstreamProtocol: "MqttWs" })),
    },
    {
      name: "edgeAgent with the proxy in createOptions.Env and no UpstreamProtocol: one finding, both variables added there",
      spec: { systemModules: { edgeAgent: { image: "mcr.microsoft.com/azureiotedge-agent:1.1", createOptions: { Env: ["https_proxy=http://proxy:3128"] } } } },
      errors: [
        {
          at: '"https_proxy=http://proxy:3128"',
          module: "edgeAgent",
          fixable: true,
          message:
            "module 'edgeAgent': 'https_proxy' is set but no_proxy does not list localhost; on Kubernetes-based IoT Edge the module talks to the IoT Edge daemon through its proxy sidecar on http://localhost, which must not go through the web proxy, so set no_proxy: \"localhost\"; through the web proxy edgeAgent must also reach IoT Hub over WebSockets, so set UpstreamProtocol: \"AmqpWs\" (or \"MqttWs\")",
        },
      ],
      output: manifestText({
        systemModules: { edgeAgent: { image: "mcr.microsoft.com/azureiotedge-agent:1.1", createOptions: { Env: ["https_proxy=http://proxy:3128", "no_proxy=localhost", "UpstreamProtocol=AmqpWs"] } } },
      }),
    },
  ],
});
