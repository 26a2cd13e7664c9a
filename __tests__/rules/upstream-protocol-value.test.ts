import rule from "../../rules/upstream-protocol-value.js";
import { ruleTester } from "../helpers/rule-tester.js";

const hub = (env: Record<string, unknown>, Env?: string[]) => ({
  systemModules: { edgeHub: { image: "mcr.microsoft.com/azureiotedge-hub:1.1", env, ...(Env ? { createOptions: { Env } } : {}) } },
});

ruleTester(rule, {
  valid: [
    { name: "the four protocols, any case", spec: hub({ UpstreamProtocol: "AmqpWs", upstreamprotocol: "MQTTWS" }, ["UpstreamProtocol=mqtt"]) },
    { name: "a placeholder", spec: hub({ UpstreamProtocol: "$UPSTREAM_PROTOCOL" }) },
    { name: "empty means the default", spec: hub({ UpstreamProtocol: "" }) },
    { name: "user modules are not read by the runtime", spec: { modules: { app: { env: { UpstreamProtocol: "websocket" } } } } },
  ],
  invalid: [
    {
      name: "an unknown value in env and in createOptions.Env of edgeHub",
      spec: hub({ UpstreamProtocol: "AMQP_WS" }, ["UpstreamProtocol=https"]),
      errors: [
        {
          at: '"AMQP_WS"',
          message: `module 'edgeHub': UpstreamProtocol 'AMQP_WS' is not a protocol the runtime knows, so it is ignored and the default is used; write one of Amqp, AmqpWs, Mqtt, MqttWs (AmqpWs or MqttWs behind a web proxy)`,
          severity: "error",
        },
        { at: '"UpstreamProtocol=https"', message: /^module 'edgeHub': UpstreamProtocol 'https' is not a protocol/ },
      ],
      output: null,
    },
    {
      name: "edgeAgent too",
      spec: { systemModules: { edgeAgent: { image: "mcr.microsoft.com/azureiotedge-agent:1.1", env: { UpstreamProtocol: "WebSocket" } } } },
      errors: [{ at: '"WebSocket"', module: "edgeAgent" }],
      output: null,
    },
  ],
});
