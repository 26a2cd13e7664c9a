import rule from "../../rules/vm-share-bind.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { scorer: { createOptions: co } } });
const vm = { shareRoot: "/mnt/shares/" };

ruleTester(rule, {
  valid: [
    { name: "plain host binds and named volumes", target: "vm", vm, spec: mod({ HostConfig: { Binds: ["/var/log/app:/logs", "appdata:/data", "/home/hcsshares2/x:/x"] } }) },
    { name: "a placeholder source", target: "vm", vm, spec: mod({ HostConfig: { Binds: ["$SHARE_PATH:/data"] } }) },
    { name: "a share bind already under the VM share root", target: "vm", vm, spec: mod({ HostConfig: { Mounts: [{ Type: "bind", Source: "/mnt/shares/models", Target: "/models" }] } }) },
    { name: "the kubernetes target: not this rule's", target: "kubernetes", vm, spec: mod({ HostConfig: { Binds: ["/home/hcsshares/models:/models"] } }) },
  ],
  invalid: [
    {
      name: "share binds with vm.shareRoot: rewritten to the VM path, :ro, target and subfolder kept, host binds untouched",
      target: "vm",
      vm,
      spec: mod({ HostConfig: { Binds: ["/home/hcsshares/models:/models:ro", "/var/log/app:/logs", "/home/hcsshares/results/run1/:/data/out"] } }),
      errors: [
        {
          at: '"/home/hcsshares/models:/models:ro"',
          message:
            "module 'scorer': '/home/hcsshares/models' is where the FPGA device mounted its shares; that folder does not exist in the IoT Edge VM, where the share is mounted (SMB/NFS) under a path of your choosing: bind '/mnt/shares/models' (vm.shareRoot) instead",
          fixable: true,
        },
        { at: '"/home/hcsshares/results/run1/:/data/out"', message: /bind '\/mnt\/shares\/results\/run1' \(vm\.shareRoot\) instead$/, fixable: true },
      ],
      output: manifestText(mod({ HostConfig: { Binds: ["/mnt/shares/models:/models:ro", "/var/log/app:/logs", "/mnt/shares/results/run1:/data/out"] } })),
    },
    {
      name: "a bind Mount from the share folder: its Source is rewritten",
      target: "vm",
      vm: { shareRoot: "/srv/ase" },
      spec: mod({ HostConfig: { Mounts: [{ Type: "Bind", Source: "/home/hcsshares/blobstore", Target: "/blobroot", ReadOnly: true }] } }),
      errors: [{ at: '"/home/hcsshares/blobstore"', message: /bind '\/srv\/ase\/blobstore' \(vm\.shareRoot\) instead$/ }],
      output: manifestText(mod({ HostConfig: { Mounts: [{ Type: "Bind", Source: "/srv/ase/blobstore", Target: "/blobroot", ReadOnly: true }] } })),
    },
    {
      name: "without vm.shareRoot: a suggestion, and the message says what to configure",
      target: "vm",
      spec: mod({ HostConfig: { Binds: ["/home/hcsshares/models:/models:ro"] } }),
      errors: [
        {
          at: '"/home/hcsshares/models:/models:ro"',
          message:
            "module 'scorer': '/home/hcsshares/models' is where the FPGA device mounted its shares; that folder does not exist in the IoT Edge VM, where the share is mounted (SMB/NFS) under a path of your choosing; set 'vm: { shareRoot: <where the shares are mounted in the VM> }' in .iotedge-gpu-lint.yml to have it fixed (for example '/mnt/shares/models' instead of '/home/hcsshares/models')",
          fixable: false,
          suggestions: 1,
        },
      ],
      output: null,
    },
    {
      name: "a relative vm.shareRoot is not used",
      target: "vm",
      vm: { shareRoot: "shares" },
      spec: mod({ HostConfig: { Binds: ["/home/hcsshares/models:/models"] } }),
      errors: [{ at: '"/home/hcsshares/models:/models"', fixable: false, suggestions: 1 }],
      output: null,
    },
    {
      name: "a vm.shareRoot with ':' is not used (it would end the bind's source)",
      target: "vm",
      vm: { shareRoot: "/mnt/a:b" },
      spec: mod({ HostConfig: { Binds: ["/home/hcsshares/models:/models"] } }),
      errors: [{ at: '"/home/hcsshares/models:/models"', fixable: false, suggestions: 1 }],
      output: null,
    },
  ],
});
