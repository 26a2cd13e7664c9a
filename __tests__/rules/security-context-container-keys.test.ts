import rule from "../../rules/security-context-container-keys.js";
import { ruleTester } from "../helpers/rule-tester.js";

const withSc = (securityContext: Record<string, unknown>) => ({ modules: { camera: { createOptions: { "k8s-experimental": { securityContext } } } } });

ruleTester(rule, {
  valid: [
    { name: "pod-level keys", spec: withSc({ runAsUser: 1000, runAsGroup: 1000, fsGroup: 2000, runAsNonRoot: true, supplementalGroups: [44] }) },
    { name: "HostConfig.Privileged is how to ask for privileged", spec: { modules: { camera: { createOptions: { HostConfig: { Privileged: true } } } } } },
  ],
  invalid: [
    {
      name: "[INF] privileged, capabilities and readOnlyRootFilesystem are silently lost",
      spec: withSc({ runAsUser: 1000, privileged: true, Capabilities: { add: ["NET_ADMIN"] }, readOnlyRootFilesystem: true }),
      errors: [
        {
          at: '"privileged"',
          message: `module 'camera': k8s-experimental.securityContext is the pod's security context, which has no 'privileged' (a container-level setting), so it is silently dropped; set HostConfig.Privileged: true, which the agent turns into the container's privileged flag`,
          severity: "warning",
        },
        { at: '"Capabilities"', message: /has no 'Capabilities' \(a container-level setting\).*use HostConfig.Privileged: true if the module needs them$/ },
        { at: '"readOnlyRootFilesystem"', message: /the agent offers no way to set it on the container; remove it$/ },
      ],
      output: null,
    },
    {
      name: "[INF] privileged next to HostConfig.Privileged: only remove it",
      spec: { modules: { camera: { createOptions: { HostConfig: { Privileged: true }, "k8s-experimental": { securityContext: { privileged: true } } } } } },
      errors: [{ at: '"privileged"', message: /so it is silently dropped; HostConfig.Privileged is already true, and that is what makes the container privileged; remove it$/ }],
      output: null,
    },
  ],
});
