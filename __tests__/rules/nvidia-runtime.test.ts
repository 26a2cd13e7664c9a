import { expect, it } from "vitest";
import { builtinRules, fixText } from "../../src/index.js";
import rule from "../../rules/nvidia-runtime.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { detector: { createOptions: co } } });

ruleTester(rule, {
  valid: [
    { name: "no runtime", spec: mod({ HostConfig: { Privileged: true } }) },
    { name: "another runtime", spec: mod({ HostConfig: { Runtime: "runc" } }) },
    { name: "migrated", spec: mod({ HostConfig: {}, "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 1 } } } }) },
  ],
  invalid: [
    {
      name: "Runtime removed, GPU limit added as a new k8s-experimental section",
      spec: mod({ HostConfig: { Runtime: "nvidia", ShmSize: 1024 } }),
      errors: [
        {
          at: '"Runtime"',
          message:
            'module \'detector\': HostConfig.Runtime: "nvidia" is ignored on Kubernetes-based IoT Edge, so the module gets no GPU; request the GPU as a resource instead: "k8s-experimental": {"resources": {"limits": {"nvidia.com/gpu": 1}}}',
          fixable: true,
        },
      ],
      output: manifestText(mod({ HostConfig: { ShmSize: 1024 }, "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 1 } } } })),
    },
    {
      name: "lowercase runtime and value case; only the missing part of the path is added",
      spec: mod({ HostConfig: { runtime: "NVIDIA" }, "k8s-experimental": { resources: { limits: { memory: "1Gi" } } } }),
      errors: [{ at: '"runtime": "NVIDIA"', message: /HostConfig\.runtime: "NVIDIA" is ignored/ }],
      output: manifestText(mod({ HostConfig: {}, "k8s-experimental": { resources: { limits: { memory: "1Gi", "nvidia.com/gpu": 1 } } } })),
    },
    {
      name: "a GPU limit exists: only removed",
      spec: mod({ HostConfig: { Runtime: "nvidia", Privileged: true }, "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 2 } } } }),
      errors: [{ at: '"Runtime"', message: /already requests the GPU/ }],
      output: manifestText(mod({ HostConfig: { Privileged: true }, "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 2 } } } })),
    },
    {
      name: "a GPU count in requests is reused for the limit",
      spec: mod({ HostConfig: { Runtime: "nvidia" }, "k8s-experimental": { resources: { requests: { "nvidia.com/gpu": 2 } } } }),
      errors: [{ at: '"Runtime"' }],
      output: manifestText(mod({ HostConfig: {}, "k8s-experimental": { resources: { requests: { "nvidia.com/gpu": 2 }, limits: { "nvidia.com/gpu": 2 } } } })),
    },
  ],
});

it("with the other resource rules, every fix lands even when several must create k8s-experimental", () => {
  const ruleSet = builtinRules.filter((r) => ["nvidia-runtime", "docker-resource-limits", "recreate-strategy", "shared-memory"].includes(r.meta.id));
  const ports = { "8080/tcp": [{ HostPort: "8080" }] };
  const text = manifestText(mod({ HostConfig: { Runtime: "nvidia", Memory: 268435456, PortBindings: ports } }));
  const out = fixText(text, { filePath: "deployment.template.json", ruleSet });
  expect(out.output).toBe(
    manifestText(mod({ HostConfig: { PortBindings: ports }, "k8s-experimental": { strategy: { type: "Recreate" }, resources: { limits: { "nvidia.com/gpu": 1, memory: "256Mi" } } } })),
  );
  expect(out.passes).toBeGreaterThan(1);
  expect(out.result.messages.filter((m) => m.edits)).toEqual([]);
});
