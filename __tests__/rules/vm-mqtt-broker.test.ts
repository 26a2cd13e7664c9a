import rule from "../../rules/vm-mqtt-broker.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const HUB_IMAGE = "mcr.microsoft.com/azureiotedge-hub:1.6";
const hubEnv = (env: Record<string, unknown>) => ({ systemModules: { edgeHub: { image: HUB_IMAGE, createOptions: {}, env } } });
const broker = { authorizations: [{ identities: ["{{iot:identity}}"], allow: [{ operations: ["mqtt:connect"] }] }] };

ruleTester(rule, {
  valid: [
    { name: "schema 1.1, no broker settings", target: "vm", spec: hubEnv({ experimentalFeatures__enabled: "true" }) },
    { name: "a placeholder schema", target: "vm", spec: { hubSchemaVersion: "$HUB_SCHEMA" } },
    { name: "the kubernetes target: schema-version reports it there", target: "kubernetes", spec: { hubSchemaVersion: "1.2", hub: { mqttBroker: broker } } },
  ],
  invalid: [
    {
      name: "schema 1.2 without a 1.2-only field: set 1.1",
      target: "vm",
      spec: { hubSchemaVersion: "1.2" },
      errors: [
        {
          at: '"1.2"',
          message:
            "$edgeHub: schemaVersion '1.2' is the MQTT broker preview's schema, which ended; no 1.2-only setting is used, so set '1.1' (the current schema, which has route objects with priority and timeToLiveSecs)",
          severity: "warning",
          fixable: true,
        },
      ],
      output: manifestText({ hubSchemaVersion: "1.1" }),
    },
    {
      name: "mqttBroker with schema 1.2: one finding, a suggestion that removes it and sets 1.1",
      target: "vm",
      spec: { hubSchemaVersion: "1.2", hub: { mqttBroker: broker } },
      errors: [
        {
          at: '"mqttBroker"',
          message:
            "$edgeHub: 'mqttBroker' belongs to the MQTT broker preview, which ended; edgeHub 1.3 and later ignore it, so its authorizations and bridges have no effect: remove it and set schemaVersion '1.1'",
          fixable: false,
          suggestions: 1,
        },
      ],
      output: null,
    },
    {
      name: "broker env on edgeHub (env map and createOptions.Env, any case): removed",
      target: "vm",
      spec: {
        systemModules: {
          edgeHub: { image: HUB_IMAGE, createOptions: { Env: ["ExperimentalFeatures__MqttBrokerEnabled=true", "RuntimeLogLevel=info"] }, env: { experimentalFeatures__mqttBrokerEnabled: "true", experimentalFeatures__enabled: "true" } },
        },
      },
      errors: [
        { at: '"experimentalFeatures__mqttBrokerEnabled"', message: "module 'edgeHub': environment variable 'experimentalFeatures__mqttBrokerEnabled' switches on the MQTT broker preview, which ended (edgeHub 1.3 and later ignore it): remove it" },
        { at: '"ExperimentalFeatures__MqttBrokerEnabled=true"', message: /'ExperimentalFeatures__MqttBrokerEnabled' switches on/ },
      ],
      output: manifestText({ systemModules: { edgeHub: { image: HUB_IMAGE, createOptions: { Env: ["RuntimeLogLevel=info"] }, env: { experimentalFeatures__enabled: "true" } } } }),
    },
  ],
});
