import rule from "../../rules/vm-gpu-request.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { scorer: { createOptions: co } } });
const gpuK8s = (n: unknown) => ({ "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": n }, requests: { "nvidia.com/gpu": n } } } });
const request = (n: number) => ({ DeviceRequests: [{ Count: n, Capabilities: [["gpu"]] }] });

ruleTester(rule, {
  valid: [
    { name: "no k8s-experimental", target: "vm", spec: mod({ HostConfig: { Privileged: true } }) },
    { name: "GPU also requested with DeviceRequests", target: "vm", spec: mod({ HostConfig: request(1), ...gpuK8s(1) }) },
    { name: "GPU also given by Runtime nvidia", target: "vm", spec: mod({ HostConfig: { runtime: "nvidia" }, ...gpuK8s(1) }) },
    { name: "the kubernetes target: that is where it belongs", target: "kubernetes", spec: mod(gpuK8s(1)) },
  ],
  invalid: [
    {
      name: "GPU only in k8s-experimental: DeviceRequests with the same count, the dead GPU entries removed",
      target: "vm",
      spec: mod({ HostConfig: { Privileged: true }, ...gpuK8s(2) }),
      errors: [
        {
          at: '"nvidia.com/gpu"',
          message:
            'module \'scorer\': \'nvidia.com/gpu\' in k8s-experimental.resources.limits is read only by Kubernetes-based IoT Edge; on IoT Edge in a VM (Docker) the module gets no GPU from it: request it with HostConfig.DeviceRequests: [{"Count": 2, "Capabilities": [["gpu"]]}]',
          fixable: true,
        },
        { at: '"nvidia.com/gpu"', occurrence: 1, message: /k8s-experimental\.resources\.requests is read only/, fixable: true },
      ],
      output: manifestText(mod({ HostConfig: { Privileged: true, ...request(2) }, "k8s-experimental": { resources: { limits: {}, requests: {} } } })),
    },
    {
      name: "no HostConfig yet: it is created",
      target: "vm",
      spec: mod({ "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": "1" } }, strategy: { type: "Recreate" } } }),
      errors: [{ at: '"nvidia.com/gpu"', message: /"Count": 1,/ }],
      output: manifestText(mod({ "k8s-experimental": { resources: { limits: {} }, strategy: { type: "Recreate" } }, HostConfig: request(1) })),
    },
    {
      name: "a placeholder count: reported, no fix",
      target: "vm",
      spec: mod({ "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": "$GPUS" } } } }),
      errors: [{ at: '"nvidia.com/gpu"', message: /request it with HostConfig\.DeviceRequests: \[\{"Count": <n or -1>,/, fixable: false }],
      output: null,
    },
  ],
});
