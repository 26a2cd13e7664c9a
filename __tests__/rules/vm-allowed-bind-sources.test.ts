import rule from "../../rules/vm-allowed-bind-sources.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { scorer: { createOptions: co } } });
const vm = { allowedBindSources: ["/var/lib/app/", "/mnt/shares"] };
const binds = { HostConfig: { Binds: ["/var/lib/app/data:/data", "/etc/scorer:/config:ro", "/home/hcsshares/models:/models", "appvolume:/v", "/mnt/shares/models:/m"], Mounts: [{ Type: "bind", Source: "/srv/cache", Target: "/cache" }] } };

ruleTester(rule, {
  valid: [
    { name: "off when vm.allowedBindSources is not configured", target: "vm", spec: mod(binds) },
    { name: "binds under the allowed sources, named volumes, share paths (vm-share-bind's) and placeholders", target: "vm", vm, spec: mod({ HostConfig: { Binds: ["/var/lib/app:/a", "/mnt/shares/x/y:/b", "data:/c", "/home/hcsshares/x:/x", "$DIR:/d"] } }) },
    { name: "the kubernetes target", target: "kubernetes", vm, spec: mod(binds) },
    { name: "FPGA devices only: device-binding reports them", target: "vm", vm, spec: mod({ HostConfig: { Devices: [{ PathOnHost: "/dev/catapult0", PathInContainer: "/dev/catapult0" }] } }) },
  ],
  invalid: [
    {
      name: "host binds outside the allowed sources (Binds and bind Mounts)",
      target: "vm",
      vm,
      spec: mod(binds),
      errors: [
        {
          at: '"/etc/scorer:/config:ro"',
          message:
            "module 'scorer': the host path '/etc/scorer' is not under vm.allowedBindSources (/var/lib/app, /mnt/shares); with elevated permissions off, IoT Edge 1.6.4 and later remove such a bind, so the module starts without it: move the data under an allowed source or ask the administrator to allow this path",
          severity: "warning",
          fixable: false,
        },
        { at: '"/srv/cache"', message: /the host path '\/srv\/cache' is not under vm\.allowedBindSources/ },
      ],
      output: null,
    },
    {
      name: "an empty list allows no host bind",
      target: "vm",
      vm: { allowedBindSources: [] },
      spec: mod({ HostConfig: { Binds: ["/var/lib/app:/a"] } }),
      errors: [{ at: '"/var/lib/app:/a"', message: /is not under vm\.allowedBindSources \(none\)/ }],
      output: null,
    },
    {
      name: "the other options removed with elevated permissions off (IoT Edge's own network is left alone)",
      target: "vm",
      vm,
      spec: {
        modules: {
          a: { createOptions: { HostConfig: { NetworkMode: "host", ipcMode: "host", Devices: ["/dev/video0:/dev/video0"], SecurityOpt: [], PidMode: "" } } },
          b: { createOptions: { HostConfig: { NetworkMode: "azure-iot-edge", CgroupParent: "edge", UsernsMode: "host" } } },
        },
      },
      errors: [
        {
          at: '"NetworkMode": "host"',
          message:
            "module 'a': HostConfig.NetworkMode is removed by IoT Edge 1.6.4 and later when elevated permissions are off (which vm.allowedBindSources says they are), so the module starts without it",
          severity: "warning",
        },
        { at: '"ipcMode"', message: /HostConfig\.ipcMode is removed/ },
        { at: '"Devices"', message: /HostConfig\.Devices is removed/ },
        { at: '"CgroupParent"', message: /module 'b': HostConfig\.CgroupParent is removed/ },
        { at: '"UsernsMode"', message: /HostConfig\.UsernsMode is removed/ },
      ],
      output: null,
    },
  ],
});
