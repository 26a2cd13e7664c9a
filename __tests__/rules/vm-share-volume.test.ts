import rule from "../../rules/vm-share-volume.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { scorer: { createOptions: co } } });
const vm = { shareRoot: "/mnt/shares" };
/** what the Kubernetes fix adds beside a share volume: the sign that the manifest was written for Azure Stack Edge */
const recreate = { "k8s-experimental": { strategy: { type: "Recreate" } } };

ruleTester(rule, {
  valid: [
    { name: "a Docker volume name that is no share name", target: "vm", vm, spec: mod({ HostConfig: { Mounts: [{ Type: "volume", Source: "edge_data", Target: "/data" }] } }) },
    { name: "bind mounts", target: "vm", vm, spec: mod({ HostConfig: { Mounts: [{ Type: "bind", Source: "/mnt/shares/models", Target: "/models" }] } }) },
    { name: "a placeholder source", target: "vm", vm, spec: mod({ HostConfig: { Mounts: [{ Type: "volume", Source: "$SHARE", Target: "/data" }] } }) },
    { name: "the kubernetes target: a share volume is right there", target: "kubernetes", vm, spec: mod({ HostConfig: { Mounts: [{ Type: "volume", Source: "models", Target: "/models" }] } }) },
  ],
  invalid: [
    {
      name: "a share volume (what the Kubernetes fix writes) with vm.shareRoot: a bind from the VM path, ReadOnly kept",
      target: "vm",
      vm,
      spec: mod({ HostConfig: { Mounts: [{ Type: "volume", Source: "models", Target: "/models", ReadOnly: true }] }, ...recreate }),
      errors: [
        {
          at: '"models"',
          message:
            "module 'scorer': a Type volume mount with Source 'models' is an Azure Stack Edge share on the Kubernetes target, but on IoT Edge in a VM (Docker) it is a new, empty, local Docker volume: the module would silently lose its data; mount the share in the VM and bind it: {Type: bind, Source: '/mnt/shares/models'} (vm.shareRoot)",
          severity: "error",
          fixable: true,
        },
      ],
      output: manifestText(mod({ HostConfig: { Mounts: [{ Type: "bind", Source: "/mnt/shares/models", Target: "/models", ReadOnly: true }] }, ...recreate })),
    },
    {
      name: "a volume named by the FPGA share path",
      target: "vm",
      vm,
      spec: mod({ HostConfig: { Mounts: [{ Type: "Volume", Source: "/home/hcsshares/results", Target: "/out" }] } }),
      errors: [{ at: '"/home/hcsshares/results"', message: /Source: '\/mnt\/shares\/results'\} \(vm\.shareRoot\)$/ }],
      output: manifestText(mod({ HostConfig: { Mounts: [{ Type: "Bind", Source: "/mnt/shares/results", Target: "/out" }] } })),
    },
    {
      name: "without vm.shareRoot: a suggestion that says what to configure",
      target: "vm",
      spec: mod({ HostConfig: { Mounts: [{ Type: "volume", Source: "blobstore", Target: "/blobroot" }] }, ...recreate }),
      errors: [{ at: '"blobstore"', message: /lose its data; mount the share in the VM and bind it from there \(set 'vm: \{ shareRoot: /, fixable: false, suggestions: 1 }],
      output: null,
    },
    {
      name: "VolumeOptions say it may be a Docker volume: a suggestion even with vm.shareRoot",
      target: "vm",
      vm,
      spec: mod({ HostConfig: { Mounts: [{ Type: "volume", Source: "sqldata", Target: "/var/opt/mssql", VolumeOptions: { NoCopy: true } }] }, ...recreate }),
      errors: [{ at: '"sqldata"', message: /it has VolumeOptions, so check whether it is a share: if so, bind '\/mnt\/shares\/sqldata'$/, fixable: false, suggestions: 1 }],
      output: null,
    },
    {
      name: "nothing in the manifest is written for Azure Stack Edge: an info and a suggestion only, even with vm.shareRoot",
      target: "vm",
      vm,
      spec: mod({ HostConfig: { Mounts: [{ Type: "volume", Source: "sqlvolume", Target: "/var/opt/mssql" }] } }),
      errors: [
        {
          at: '"sqlvolume"',
          message:
            "module 'scorer': if 'sqlvolume' is meant as an Azure Stack Edge share (as on the Kubernetes target), note that on IoT Edge in a VM (Docker) a Type volume mount is a new, empty, local Docker volume, so the module would not see the share's data; nothing else in this manifest is written for Azure Stack Edge, so it is likely a Docker volume on purpose; if it is a share, mount it in the VM and bind it from there",
          severity: "info",
          fixable: false,
          suggestions: 1,
        },
      ],
      output: null,
    },
    {
      name: "a share bind elsewhere in the manifest is enough to tell",
      target: "vm",
      vm,
      spec: { modules: { a: { createOptions: { HostConfig: { Binds: ["/home/hcsshares/input:/in"] } } }, b: { createOptions: { HostConfig: { Mounts: [{ Type: "volume", Source: "results", Target: "/out" }] } } } } },
      errors: [{ at: '"results"', severity: "error", fixable: true }],
      output: manifestText({ modules: { a: { createOptions: { HostConfig: { Binds: ["/home/hcsshares/input:/in"] } } }, b: { createOptions: { HostConfig: { Mounts: [{ Type: "bind", Source: "/mnt/shares/results", Target: "/out" }] } } } } }),
    },
  ],
});
