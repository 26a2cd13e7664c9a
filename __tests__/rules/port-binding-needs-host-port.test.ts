import { describe, expect, it } from "vitest";
import rule from "../../rules/port-binding-needs-host-port.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { applySuggestion } from "./_pack-a-suggest.js";

const pb = (bindings: Record<string, unknown>) => ({ modules: { web: { createOptions: { HostConfig: { PortBindings: bindings } } } } });

ruleTester(rule, {
  valid: [
    { name: "numeric host ports", spec: pb({ "80/tcp": [{ HostPort: "8080" }], "5000": [{ HostPort: 5000 }], "53/udp": [{ HostIp: "0.0.0.0", HostPort: "53" }] }) },
    { name: "placeholder host port", spec: pb({ "80/tcp": [{ HostPort: "${WEB_PORT}" }] }) },
    { name: "a range is port-range's finding", spec: pb({ "8000-8010/tcp": [{ HostPort: "" }] }) },
  ],
  invalid: [
    {
      name: "missing, empty and non-numeric HostPort",
      spec: pb({ "80/tcp": [{}], "443/tcp": [{ HostPort: "" }], "8883/tcp": [{ HostIp: "127.0.0.1", HostPort: "auto" }] }),
      errors: [
        {
          at: "{}",
          message:
            "module 'web': port binding '80/tcp' has no HostPort, so Kubernetes-based IoT Edge creates no service port for it; give a numeric HostPort (for example \"80\")",
          suggestions: 1,
          fixable: false,
        },
        { at: '"HostPort": ""', message: /port binding '443\/tcp' has HostPort "", which is not a port number/, suggestions: 1 },
        { at: '"HostPort": "auto"', message: /port binding '8883\/tcp' has HostPort "auto", which is not a port number.*\(for example "8883"\)$/, suggestions: 1 },
      ],
      output: null,
    },
    {
      name: "empty binding list",
      spec: pb({ "9000/tcp": [] }),
      errors: [{ at: '"9000/tcp"', message: /port binding '9000\/tcp' has no HostPort/, suggestions: 1 }],
      output: null,
    },
  ],
});

describe("port-binding-needs-host-port suggestions", () => {
  it("publishes on the container port", () => {
    const text = manifestText(pb({ "80/tcp": [{}], "443/tcp": [{ HostPort: "" }], "9000/tcp": [] }));
    const file = "deployment.template.json";
    expect(applySuggestion(rule, text, file, 0)).toBe(manifestText(pb({ "80/tcp": [{ HostPort: "80" }], "443/tcp": [{ HostPort: "" }], "9000/tcp": [] })));
    expect(applySuggestion(rule, text, file, 1)).toBe(manifestText(pb({ "80/tcp": [{}], "443/tcp": [{ HostPort: "443" }], "9000/tcp": [] })));
    expect(applySuggestion(rule, text, file, 2)).toBe(manifestText(pb({ "80/tcp": [{}], "443/tcp": [{ HostPort: "" }], "9000/tcp": [{ HostPort: "9000" }] })));
  });
  it("works inside a stringified createOptions", () => {
    const text = manifestText(pb({ "80/tcp": [{}] }), "string");
    const out = applySuggestion(rule, text, "deployment.json", 0);
    expect(out).toBe(manifestText(pb({ "80/tcp": [{ HostPort: "80" }] }), "string"));
  });
});
