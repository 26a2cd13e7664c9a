import rule from "../../rules/missing-resource-limits.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { camera: { createOptions: co } } });

ruleTester(rule, {
  valid: [
    { name: "both limits", spec: mod({ "k8s-experimental": { resources: { limits: { memory: "128Mi", cpu: "500m" } } } }) },
    { name: "limits as placeholders", spec: mod({ "k8s-experimental": { resources: { limits: { memory: "$MEM", cpu: "${CPU}" } } } }) },
    { name: "Docker limits that docker-resource-limits converts", spec: mod({ HostConfig: { Memory: 134217728, NanoCpus: 500000000 } }) },
    { name: "system modules are not checked", spec: {} },
  ],
  invalid: [
    {
      name: "no limits at all",
      spec: mod({ HostConfig: { Privileged: true } }),
      errors: [
        {
          at: '"camera"',
          message:
            "1 user module has no memory or cpu limit: 'camera' (memory, cpu); on Kubernetes set them under k8s-experimental.resources.limits (for example \"memory\": \"128Mi\", \"cpu\": \"500m\"), so that one module cannot starve the others",
          severity: "info",
          fixable: false,
        },
      ],
      output: null,
    },
    {
      name: "only memory given",
      spec: mod({ "k8s-experimental": { resources: { limits: { memory: "128Mi", "nvidia.com/gpu": 1 } } } }),
      errors: [{ at: '"camera"', message: /^1 user module has no memory or cpu limit: 'camera' \(cpu\);/ }],
      output: null,
    },
    {
      name: "several modules: one finding for the manifest, at the first module it names",
      spec: {
        modules: {
          sized: { createOptions: { "k8s-experimental": { resources: { limits: { memory: "128Mi", cpu: "500m" } } } } },
          camera: {},
          viewer: { createOptions: { HostConfig: { Memory: 134217728 } } },
        },
      },
      errors: [
        {
          at: '"camera"',
          message:
            "2 user modules have no memory or cpu limit: 'camera' (memory, cpu), 'viewer' (cpu); on Kubernetes set them under k8s-experimental.resources.limits (for example \"memory\": \"128Mi\", \"cpu\": \"500m\"), so that one module cannot starve the others",
        },
      ],
      output: null,
    },
    {
      name: "twelve modules: ten are named",
      spec: { modules: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`m${i}`, {}])) },
      errors: [{ at: '"m0"', message: /^12 user modules have no memory or cpu limit: 'm0' \(memory, cpu\), .*'m9' \(memory, cpu\) and 2 more;/ }],
      output: null,
    },
  ],
});
