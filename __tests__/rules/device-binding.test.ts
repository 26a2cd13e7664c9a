import rule from "../../rules/device-binding.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { scorer: { createOptions: co } } });
const gpu = (n: unknown) => ({ "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": n } } } });

ruleTester(rule, {
  valid: [
    { name: "no devices", spec: mod({ HostConfig: { Privileged: true } }) },
    { name: "empty lists", spec: mod({ HostConfig: { Devices: [], DeviceRequests: [], DeviceCgroupRules: [] } }) },
    { name: "a placeholder device", spec: mod({ HostConfig: { Devices: [{ PathOnHost: "$CAMERA", PathInContainer: "/dev/video0", CgroupPermissions: "rwm" }] } }) },
  ],
  invalid: [
    {
      name: "a GPU DeviceRequests beside a GPU request of 2: the fix and the message use 2, as nvidia-runtime and gpu-requests-limits do",
      spec: mod({ HostConfig: { DeviceRequests: [{ Driver: "nvidia", Count: 1, Capabilities: [["gpu"]] }] }, "k8s-experimental": { resources: { requests: { "nvidia.com/gpu": 2 } } } }),
      errors: [{ at: '"DeviceRequests"', fixable: true, message: /request it as a resource instead: "k8s-experimental": \{"resources": \{"limits": \{"nvidia.com\/gpu": 2\}\}\}$/ }],
      output: manifestText(mod({ HostConfig: {}, "k8s-experimental": { resources: { requests: { "nvidia.com/gpu": 2 }, limits: { "nvidia.com/gpu": 2 } } } })),
    },
    {
      name: "FPGA devices and an FPGA count of 2 in requests: the same GPU count as fpga-resource names",
      spec: mod({ HostConfig: { Devices: [{ PathOnHost: "/dev/catapult0", PathInContainer: "/dev/catapult0", CgroupPermissions: "rwm" }] }, "k8s-experimental": { resources: { requests: { "microsoft.com/fpga_catapult": 2 } } } }),
      errors: [{ at: '"Devices"', message: /then request it with "k8s-experimental": \{"resources": \{"limits": \{"nvidia.com\/gpu": 2\}\}\}$/ }],
      output: null,
    },
    {
      name: "GPU devices on a module that already has a GPU limit: remove Devices, nothing to add",
      spec: mod({ HostConfig: { Devices: [{ PathOnHost: "/dev/nvidia0", PathInContainer: "/dev/nvidia0", CgroupPermissions: "rwm" }] }, ...gpu(1) }),
      errors: [
        {
          at: '"Devices"',
          message:
            "module 'scorer': HostConfig.Devices maps the GPU (/dev/nvidia0), which Kubernetes-based IoT Edge does not pass to the pod; the module already requests it in k8s-experimental.resources.limits, so remove HostConfig.Devices",
        },
      ],
      output: null,
    },
    {
      name: "a privileged module with /dev bound is not told to add Privileged",
      spec: mod({
        HostConfig: {
          Privileged: true,
          Binds: ["/dev:/dev"],
          Devices: [{ PathOnHost: "/dev/video0", PathInContainer: "/dev/video0", CgroupPermissions: "mrw" }],
          DeviceCgroupRules: ["c 81:* rmw"],
        },
      }),
      errors: [
        {
          at: '"Devices"',
          message:
            "module 'scorer': HostConfig.Devices is ignored on Kubernetes-based IoT Edge; the module is already privileged, so its pod sees the host's devices (/dev/video0 included): remove HostConfig.Devices",
        },
        {
          at: '"DeviceCgroupRules"',
          message:
            "module 'scorer': HostConfig.DeviceCgroupRules is ignored on Kubernetes-based IoT Edge; the module is already privileged, so its pod has access to the host's devices: remove HostConfig.DeviceCgroupRules",
        },
      ],
      output: null,
    },
    {
      name: "FPGA catapult devices: the module needs a GPU port, no fix",
      spec: mod({
        HostConfig: {
          Privileged: true,
          Devices: [
            { PathOnHost: "/dev/catapult0", PathInContainer: "/dev/catapult0", CgroupPermissions: "rwm" },
            { PathOnHost: "/dev/catapult1", PathInContainer: "/dev/catapult1", CgroupPermissions: "rwm" },
          ],
        },
      }),
      errors: [
        {
          at: '"Devices"',
          message:
            'module \'scorer\': HostConfig.Devices maps the FPGA (/dev/catapult0, /dev/catapult1), which Azure Stack Edge Pro GPU does not have and Kubernetes-based IoT Edge does not pass to the pod; the module needs a GPU port (its code must run on the GPU), then request it with "k8s-experimental": {"resources": {"limits": {"nvidia.com/gpu": 1}}}',
          fixable: false,
        },
      ],
      output: null,
    },
    {
      name: "a camera device and cgroup rules: reported, no fix",
      spec: mod({ HostConfig: { Devices: [{ PathOnHost: "/dev/video0", PathInContainer: "/dev/video0", CgroupPermissions: "mrw" }], DeviceCgroupRules: ["c 189:* rmw"] } }),
      errors: [
        { at: '"Devices"', message: /HostConfig\.Devices is ignored on Kubernetes-based IoT Edge, so \/dev\/video0 will not be in the container/ },
        { at: '"DeviceCgroupRules"', message: /DeviceCgroupRules is ignored/ },
      ],
      output: null,
    },
    {
      name: "NVIDIA device nodes: the GPU is a resource, no fix",
      spec: mod({ HostConfig: { Devices: ["/dev/nvidia0:/dev/nvidia0:rwm", "/dev/nvidiactl:/dev/nvidiactl:rwm"] } }),
      errors: [{ at: '"Devices"', message: /maps the GPU \(\/dev\/nvidia0, \/dev\/nvidiactl\), which Kubernetes-based IoT Edge does not pass to the pod; request it as a resource instead/, fixable: false }],
      output: null,
    },
    {
      name: "GPU DeviceRequests with Count -1 (all GPUs) becomes one nvidia.com/gpu",
      spec: mod({ HostConfig: { DeviceRequests: [{ Driver: "", Count: -1, Capabilities: [["gpu"]] }], Privileged: true } }),
      errors: [{ at: '"DeviceRequests"', message: /request it as a resource instead: "k8s-experimental": \{"resources": \{"limits": \{"nvidia.com\/gpu": 1\}\}\}$/, fixable: true }],
      output: manifestText(mod({ HostConfig: { Privileged: true }, ...gpu(1) })),
    },
    {
      name: "GPU DeviceRequests with Count 2, k8s-experimental already there",
      spec: mod({ HostConfig: { deviceRequests: [{ Count: 2, Capabilities: [["gpu", "utility"]] }] }, "k8s-experimental": { strategy: { type: "Recreate" } } }),
      errors: [{ at: '"deviceRequests"', message: /HostConfig\.deviceRequests is ignored.*"nvidia.com\/gpu": 2/ }],
      output: manifestText(mod({ HostConfig: {}, "k8s-experimental": { strategy: { type: "Recreate" }, resources: { limits: { "nvidia.com/gpu": 2 } } } })),
    },
    {
      name: "GPU DeviceRequests beside an existing GPU limit: only removed",
      spec: mod({ HostConfig: { DeviceRequests: [{ DeviceIDs: ["0", "1"], Capabilities: [["gpu"]] }] }, ...gpu(2) }),
      errors: [{ at: '"DeviceRequests"', message: /already requests the GPU/ }],
      output: manifestText(mod({ HostConfig: {}, ...gpu(2) })),
    },
    {
      name: "non-GPU DeviceRequests: no fix",
      spec: mod({ HostConfig: { DeviceRequests: [{ Driver: "intel", Count: 1, Capabilities: [["vpu"]] }] } }),
      errors: [{ at: '"DeviceRequests"', message: /device plugin/, fixable: false }],
      output: null,
    },
  ],
});
