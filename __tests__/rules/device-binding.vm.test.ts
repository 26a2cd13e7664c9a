/** device-binding on the vm target: Docker passes devices through; FPGA devices are leftovers (V1, V3). */
import rule from "../../rules/device-binding.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { scorer: { createOptions: co } } });
const catapult = (n: number) => ({ PathOnHost: `/dev/catapult${n}`, PathInContainer: `/dev/catapult${n}`, CgroupPermissions: "rwm" });
const camera = { PathOnHost: "/dev/video0", PathInContainer: "/dev/video0", CgroupPermissions: "mrw" };

ruleTester(rule, {
  valid: [
    {
      name: "devices, GPU DeviceRequests and cgroup rules are Docker's own",
      target: "vm",
      spec: mod({ HostConfig: { Devices: [camera, "/dev/nvidia0:/dev/nvidia0:rwm"], DeviceRequests: [{ Count: -1, Capabilities: [["gpu"]] }], DeviceCgroupRules: ["c 189:* rmw"] } }),
    },
  ],
  invalid: [
    {
      name: "FPGA devices: removed, the GPU requested with DeviceRequests (all GPUs)",
      target: "vm",
      spec: mod({ HostConfig: { Privileged: true, Devices: [catapult(0), catapult(1)] } }),
      errors: [
        {
          at: '"Devices"',
          message:
            'module \'scorer\': HostConfig.Devices maps the FPGA (/dev/catapult0, /dev/catapult1), which Azure Stack Edge Pro GPU does not have; the module needs a GPU port (its code must run on the GPU): remove the FPGA device; request the GPU with HostConfig.DeviceRequests: [{"Count": -1, "Capabilities": [["gpu"]]}]',
          fixable: true,
        },
      ],
      output: manifestText(mod({ HostConfig: { Privileged: true, DeviceRequests: [{ Count: -1, Capabilities: [["gpu"]] }] } })),
    },
    {
      name: "FPGA device beside a camera: the camera stays; the FPGA resource count wins and fpga-resource writes it",
      target: "vm",
      spec: mod({ HostConfig: { Devices: ["/dev/catapult0:/dev/catapult0:rwm", camera] }, "k8s-experimental": { resources: { limits: { "microsoft.com/fpga_catapult": 1 } } } }),
      errors: [{ at: '"Devices"', message: /maps the FPGA \(\/dev\/catapult0\), .*: remove the FPGA device$/ }],
      output: manifestText(mod({ HostConfig: { Devices: [camera] }, "k8s-experimental": { resources: { limits: { "microsoft.com/fpga_catapult": 1 } } } })),
    },
  ],
});
