/** fpga-resource on the vm target: the FPGA leftover goes, the GPU is requested with DeviceRequests (V3). */
import rule from "../../rules/fpga-resource.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { scorer: { createOptions: co } } });
const FPGA = "microsoft.com/fpga_catapult";
const request = (n: number) => ({ DeviceRequests: [{ Count: n, Capabilities: [["gpu"]] }] });

ruleTester(rule, {
  valid: [{ name: "a GPU request only", target: "vm", spec: mod({ HostConfig: request(1) }) }],
  invalid: [
    {
      name: "FPGA in limits and requests: removed, DeviceRequests with the same count, never nvidia.com/gpu",
      target: "vm",
      spec: mod({ HostConfig: { Privileged: true }, "k8s-experimental": { resources: { limits: { [FPGA]: 2 }, requests: { [FPGA]: 2 } } } }),
      errors: [
        {
          at: `"${FPGA}"`,
          message:
            'module \'scorer\': \'microsoft.com/fpga_catapult\' in k8s-experimental.resources.limits asks for an FPGA, which Azure Stack Edge Pro GPU does not have, and k8s-experimental is not read by IoT Edge on Docker; remove it; request the GPU instead with HostConfig.DeviceRequests: [{"Count": 2, "Capabilities": [["gpu"]]}]',
          fixable: true,
        },
        { at: `"${FPGA}"`, occurrence: 1, message: /resources\.requests asks for an FPGA/ },
      ],
      output: manifestText(mod({ HostConfig: { Privileged: true, ...request(2) }, "k8s-experimental": { resources: { limits: {}, requests: {} } } })),
    },
    {
      name: "a GPU already requested with DeviceRequests: only removed",
      target: "vm",
      spec: mod({ HostConfig: request(1), "k8s-experimental": { resources: { limits: { [FPGA]: 1, memory: "1Gi" } } } }),
      errors: [{ at: `"${FPGA}"`, message: /is not read by IoT Edge on Docker; remove it$/ }],
      output: manifestText(mod({ HostConfig: request(1), "k8s-experimental": { resources: { limits: { memory: "1Gi" } } } })),
    },
    {
      name: "beside nvidia.com/gpu: vm-gpu-request writes the DeviceRequests, this fix only removes the FPGA",
      target: "vm",
      spec: mod({ "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 1, [FPGA]: 1 } } } }),
      errors: [{ at: `"${FPGA}"`, message: /remove it$/ }],
      output: manifestText(mod({ "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 1 } } } })),
    },
  ],
});
