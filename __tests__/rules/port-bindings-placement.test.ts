import { describe, expect, it } from "vitest";
import rule from "../../rules/port-bindings-placement.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { applySuggestion } from "./_pack-a-suggest.js";

const mod = (co: Record<string, unknown>) => ({ modules: { AzureDevOpsAgent: { createOptions: co } } });
const udp = { "6000/udp": [{ HostPort: "6000" }] };

ruleTester(rule, {
  valid: [
    { name: "PortBindings in HostConfig", spec: mod({ HostConfig: { PortBindings: udp } }) },
    { name: "an empty PortBindings at the top level publishes nothing anyway", spec: mod({ PortBindings: {} }) },
    { name: "no createOptions", spec: { modules: { camera: {} } } },
  ],
  invalid: [
    {
      // iotedge-lorawan-starterkit LoRaEngine/deployment.test.template.json (a7bac45), module AzureDevOpsAgent
      name: "PortBindings beside HostConfig (LoRaEngine test template): a suggestion to move it",
      spec: mod({ HostConfig: { Privileged: true }, PortBindings: udp }),
      errors: [
        {
          at: '"PortBindings"',
          occurrence: 1,
          severity: "warning",
          module: "AzureDevOpsAgent",
          suggestions: 1,
          fixable: false,
          message:
            "module 'AzureDevOpsAgent': createOptions.PortBindings is at the top level, where neither Docker nor Kubernetes-based IoT Edge reads it (it belongs in HostConfig), so none of its ports is published; move it into HostConfig",
        },
      ],
      output: null,
    },
    {
      name: "lower-case key, HostConfig already has PortBindings: merge by hand",
      spec: mod({ portbindings: udp, HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "8080" }] } } }),
      errors: [{ at: '"portbindings"', suggestions: 0, message: /createOptions.portbindings is at the top level, .*; merge its entries into HostConfig.PortBindings$/ }],
      output: null,
    },
  ],
});

describe("port-bindings-placement suggestion", () => {
  it("moves the member into HostConfig, byte for byte", () => {
    expect(applySuggestion(rule, manifestText(mod({ HostConfig: { Privileged: true }, PortBindings: udp })), "deployment.template.json")).toBe(
      manifestText(mod({ HostConfig: { Privileged: true, PortBindings: udp } })),
    );
  });

  it("creates HostConfig when there is none", () => {
    expect(applySuggestion(rule, manifestText(mod({ Env: ["A=1"], PortBindings: udp })), "deployment.template.json")).toBe(
      manifestText(mod({ Env: ["A=1"], HostConfig: { PortBindings: udp } })),
    );
  });
});
