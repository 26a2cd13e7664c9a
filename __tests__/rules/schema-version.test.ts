import rule from "../../rules/schema-version.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const camera = { camera: { createOptions: { HostConfig: { Privileged: true } } } };

ruleTester(rule, {
  valid: [
    { name: "1.1 on both", spec: { modules: camera } },
    { name: "1.0 on both", spec: { modules: camera, agentSchemaVersion: "1.0", hubSchemaVersion: "1.0" } },
    { name: "placeholder versions", spec: { modules: camera, agentSchemaVersion: "${EDGEAGENT_SCHEMA_VERSION}", hubSchemaVersion: "$HUB_SCHEMA" } },
    { name: "1.1.0 with a patch number", spec: { modules: camera, hubSchemaVersion: "1.1.0" } },
  ],
  invalid: [
    {
      name: "edgeHub 1.2 without mqttBroker: set to 1.1",
      spec: { modules: camera, hubSchemaVersion: "1.2" },
      errors: [
        {
          at: '"1.2"',
          severity: "error",
          message: "$edgeHub: schemaVersion '1.2' is rejected by Kubernetes-based IoT Edge, which accepts at most '1.1'; set '1.1' (no 1.2-only setting is used)",
          fixable: true,
        },
      ],
      output: manifestText({ modules: camera }),
    },
    {
      name: "edgeAgent 1.2 (no 1.2-only edgeAgent field exists in the schemas): set to 1.1",
      spec: { modules: camera, agentSchemaVersion: "1.2" },
      errors: [{ at: '"1.2"', message: /^\$edgeAgent: schemaVersion '1.2' is rejected/, fixable: true }],
      output: manifestText({ modules: camera }),
    },
    {
      name: "edgeHub 1.2 with mqttBroker: no fix",
      spec: { modules: camera, hubSchemaVersion: "1.2", hub: { mqttBroker: { authorizations: [] } } },
      errors: [{ at: '"1.2"', message: /'mqttBroker' needs schema 1.2 and is not available on Kubernetes-based IoT Edge: remove it and set '1.1'$/, fixable: false }],
      output: null,
    },
    {
      name: "major version 2: no fix",
      spec: { modules: camera, agentSchemaVersion: "2.0" },
      errors: [{ at: '"2.0"', message: /rewrite this configuration for schema 1.1$/, fixable: false }],
      output: null,
    },
  ],
});
