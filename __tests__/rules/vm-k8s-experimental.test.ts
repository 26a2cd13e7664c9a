import rule from "../../rules/vm-k8s-experimental.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { scorer: { createOptions: co } } });
const ports = { PortBindings: { "80/tcp": [{ HostPort: "8080" }] } };

ruleTester(rule, {
  valid: [
    { name: "no k8s-experimental", target: "vm", spec: mod({ HostConfig: ports }) },
    { name: "an FPGA resource: fpga-resource reports it", target: "vm", spec: mod({ HostConfig: ports, "k8s-experimental": { resources: { limits: { "microsoft.com/fpga_catapult": 1 } } } }) },
    { name: "a GPU only there: vm-gpu-request reports it", target: "vm", spec: mod({ HostConfig: ports, "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 1 } } } }) },
    { name: "the kubernetes target", target: "kubernetes", spec: mod({ HostConfig: ports, "k8s-experimental": { strategy: { type: "Recreate" } } }) },
  ],
  invalid: [
    {
      name: "strategy, nodeSelector and serviceOptions mean nothing on Docker: removed",
      target: "vm",
      spec: mod({ HostConfig: ports, "k8s-experimental": { strategy: { type: "Recreate" }, nodeSelector: { gpu: "true" }, serviceOptions: { type: "NodePort" } } }),
      errors: [
        {
          at: '"k8s-experimental"',
          message: "module 'scorer': 'k8s-experimental' is read only by Kubernetes-based IoT Edge; IoT Edge in a VM (Docker) ignores it: remove this dead configuration",
          severity: "warning",
          fixable: true,
        },
      ],
      output: manifestText(mod({ HostConfig: ports })),
    },
    {
      name: "a GPU already requested with DeviceRequests, and what the FPGA and GPU fixes leave: removed",
      target: "vm",
      spec: mod({ "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 1 }, requests: {} } }, HostConfig: { DeviceRequests: [{ Count: 1, Capabilities: [["gpu"]] }] } }),
      errors: [{ at: '"k8s-experimental"', fixable: true }],
      output: manifestText(mod({ HostConfig: { DeviceRequests: [{ Count: 1, Capabilities: [["gpu"]] }] } })),
    },
    {
      name: "securityContext and volumes would be lost: reported with where everything goes, no fix",
      target: "vm",
      spec: mod({ HostConfig: ports, "k8s-experimental": { resources: { limits: { memory: "256Mi", cpu: "500m" } }, securityContext: { runAsUser: 1000 }, volumes: [{ volume: { name: "v" } }] } }),
      errors: [
        {
          at: '"k8s-experimental"',
          message:
            "module 'scorer': 'k8s-experimental' is read only by Kubernetes-based IoT Edge; IoT Edge in a VM (Docker) ignores it, so these settings have no effect there: resources.limits.memory (HostConfig.Memory: 268435456), resources.limits.cpu (HostConfig.NanoCpus: 500000000), securityContext (HostConfig User, CapAdd, Privileged), volumes (HostConfig.Binds or Mounts); write them as Docker create options, then remove 'k8s-experimental'",
          fixable: false,
        },
      ],
      output: null,
    },
    {
      name: "any spelling is dead on Docker",
      target: "vm",
      spec: mod({ HostConfig: ports, "K8s-Experimental": { strategy: { type: "Recreate" } } }),
      errors: [{ at: '"K8s-Experimental"', message: /'K8s-Experimental' is read only by Kubernetes-based IoT Edge/ }],
      output: manifestText(mod({ HostConfig: ports })),
    },
    {
      name: "memory and cpu limits (what docker-resource-limits wrote for Kubernetes) go back to HostConfig; a CPU request has no Docker meaning",
      target: "vm",
      spec: mod({ HostConfig: ports, "k8s-experimental": { strategy: { type: "Recreate" }, resources: { limits: { memory: "256Mi", cpu: "500m" }, requests: { memory: "128Mi", cpu: "250m" } } } }),
      errors: [
        {
          at: '"k8s-experimental"',
          message:
            "module 'scorer': 'k8s-experimental' is read only by Kubernetes-based IoT Edge; IoT Edge in a VM (Docker) ignores it: remove this dead configuration (its memory and cpu limits become HostConfig.Memory: 268435456, HostConfig.NanoCpus: 500000000, HostConfig.MemoryReservation: 134217728)",
          fixable: true,
        },
      ],
      output: manifestText(mod({ HostConfig: { ...ports, Memory: 268435456, NanoCpus: 500000000, MemoryReservation: 134217728 } })),
    },
    {
      name: "no HostConfig yet; Docker's own Memory wins over the dead limit",
      target: "vm",
      spec: { modules: { a: { createOptions: { "k8s-experimental": { resources: { limits: { cpu: "2" } } } } }, b: { createOptions: { HostConfig: { memory: 1000 }, "k8s-experimental": { resources: { limits: { memory: "1Gi" } } } } } } },
      errors: [
        { at: '"k8s-experimental"', message: /remove this dead configuration \(its memory and cpu limits become HostConfig\.NanoCpus: 2000000000\)$/ },
        { at: '"k8s-experimental"', occurrence: 1, message: /remove this dead configuration$/ },
      ],
      output: manifestText({ modules: { a: { createOptions: { HostConfig: { NanoCpus: 2000000000 } } }, b: { createOptions: { HostConfig: { memory: 1000 } } } } }),
    },
    {
      name: "a quantity that is not a plain one stays a finding without a fix",
      target: "vm",
      spec: mod({ HostConfig: ports, "k8s-experimental": { resources: { limits: { memory: "$MEM", "ephemeral-storage": "1Gi" } } } }),
      errors: [{ at: '"k8s-experimental"', message: /no effect there: resources\.limits\.memory \(HostConfig\.Memory\), resources\.limits\.ephemeral-storage; write them/, fixable: false }],
      output: null,
    },
  ],
});
