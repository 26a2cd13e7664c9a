import { describe, expect, it } from "vitest";
import rule from "../../rules/exposed-port-not-published.js";
import { manifestText } from "../helpers/manifest.js";
import { normalizeCreateOptions, ruleTester } from "../helpers/rule-tester.js";
import { applySuggestion } from "./_pack-a-suggest.js";

const mod = (co: Record<string, unknown>) => ({ modules: { scorer: { createOptions: co } } });

ruleTester(rule, {
  valid: [
    { name: "exposed and published", spec: mod({ ExposedPorts: { "5000/tcp": {} }, HostConfig: { PortBindings: { "5000/tcp": [{ HostPort: "9000" }] } } }) },
    { name: "protocol defaults to tcp", spec: mod({ ExposedPorts: { "5000": {} }, HostConfig: { PortBindings: { "5000/TCP": [{ HostPort: "5000" }] } } }) },
    { name: "lower-case keys", spec: mod({ exposedports: { "53/udp": {} }, hostconfig: { portbindings: { "53/udp": [{ HostPort: "53" }] } } }) },
    { name: "no ports", spec: mod({ HostConfig: { Privileged: true } }) },
  ],
  invalid: [
    {
      name: "exposed only, with and without HostConfig",
      spec: mod({ ExposedPorts: { "9010/tcp": {}, "5000/udp": {} }, HostConfig: { PortBindings: { "5000/tcp": [{ HostPort: "5000" }] } } }),
      errors: [
        {
          at: '"9010/tcp"',
          message:
            "module 'scorer': exposed port '9010/tcp' has no HostConfig.PortBindings entry; on Kubernetes-based IoT Edge a port is published as a service only with a HostPort: add \"PortBindings\": {\"9010/tcp\": [{\"HostPort\": \"9010\"}]}",
          severity: "warning",
          suggestions: 1,
          fixable: false,
        },
        // 5000 is taken by 5000/tcp (Service ports are keyed by the number alone): the next free host port
        {
          at: '"5000/udp"',
          message:
            "module 'scorer': exposed port '5000/udp' has no HostConfig.PortBindings entry; on Kubernetes-based IoT Edge a port is published as a service only with a HostPort: add \"PortBindings\": {\"5000/udp\": [{\"HostPort\": \"5001\"}]} (host port 5000 is already bound by '5000/tcp')",
          suggestions: 1,
        },
      ],
      output: null,
    },
  ],
});

describe("exposed-port-not-published suggestions", () => {
  it("never picks a host port the module already binds, nor one another suggestion took", () => {
    const spec = mod({ ExposedPorts: { "8080/tcp": {}, "8081/tcp": {} }, HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "8080" }], "443/tcp": [{ HostPort: "8081" }] } } });
    expect(applySuggestion(rule, manifestText(spec), "deployment.template.json")).toBe(
      manifestText(mod({ ExposedPorts: { "8080/tcp": {}, "8081/tcp": {} }, HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "8080" }], "443/tcp": [{ HostPort: "8081" }], "8080/tcp": [{ HostPort: "8082" }] } } })),
    );
  });

  it("adds the binding to existing PortBindings", () => {
    const spec = mod({ ExposedPorts: { "9010/tcp": {} }, HostConfig: { PortBindings: { "5000/tcp": [{ HostPort: "5000" }] } } });
    expect(applySuggestion(rule, manifestText(spec), "deployment.template.json")).toBe(
      manifestText(mod({ ExposedPorts: { "9010/tcp": {} }, HostConfig: { PortBindings: { "5000/tcp": [{ HostPort: "5000" }], "9010/tcp": [{ HostPort: "9010" }] } } })),
    );
  });
  it("creates HostConfig when there is none", () => {
    const spec = mod({ ExposedPorts: { "8080/tcp": {} } });
    expect(applySuggestion(rule, manifestText(spec), "deployment.template.json")).toBe(
      manifestText(mod({ ExposedPorts: { "8080/tcp": {} }, HostConfig: { PortBindings: { "8080/tcp": [{ HostPort: "8080" }] } } })),
    );
  });
  it("works in a chunked createOptions", () => {
    const spec = mod({ ExposedPorts: { "8080/tcp": {} }, Env: ["A_LONG_VARIABLE_NAME=some long value to span chunks"] });
    const fixed = applySuggestion(rule, manifestText(spec, "chunked"), "deployment.json");
    const want = manifestText(mod({ ExposedPorts: { "8080/tcp": {} }, Env: ["A_LONG_VARIABLE_NAME=some long value to span chunks"], HostConfig: { PortBindings: { "8080/tcp": [{ HostPort: "8080" }] } } }), "chunked");
    expect(normalizeCreateOptions(fixed)).toEqual(normalizeCreateOptions(want));
  });
});
