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
            "module 'camera' has no memory or cpu limit; on Kubernetes set them under k8s-experimental.resources.limits (for example \"memory\": \"128Mi\", \"cpu\": \"500m\"), so that one module cannot starve the others",
          severity: "info",
          fixable: false,
        },
      ],
      output: null,
    },
    {
      name: "only memory given",
      spec: mod({ "k8s-experimental": { resources: { limits: { memory: "128Mi", "nvidia.com/gpu": 1 } } } }),
      errors: [{ at: '"camera"', message: /^module 'camera' has no cpu limit;/ }],
      output: null,
    },
    {
      name: "a module without createOptions",
      spec: { modules: { camera: {} } },
      errors: [{ at: '"camera"', message: /has no memory or cpu limit/ }],
      output: null,
    },
  ],
});
