import rule from "../../rules/volume-mount-share-name.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mounts = (...m: Record<string, unknown>[]) => ({ modules: { scorer: { createOptions: { HostConfig: { Mounts: m } } } } });

ruleTester(rule, {
  valid: [
    { name: "share names", spec: mounts({ Type: "volume", Source: "input", Target: "/home/input" }, { Type: "volume", Source: "myasesmb1local", Target: "/out" }, { Type: "volume", Source: "Share-01", Target: "/s" }) },
    { name: "bind of a path", spec: mounts({ Type: "bind", Source: "/home/hcsshares/in", Target: "/in" }) },
    { name: "placeholder source", spec: mounts({ Type: "volume", Source: "$INPUT_SHARE", Target: "/in" }, { Type: "volume", Source: "${OUT}_share", Target: "/out" }) },
    { name: "no Type: not a volume", spec: mounts({ Source: "/data", Target: "/data" }) },
  ],
  invalid: [
    {
      name: "FPGA share path",
      spec: mounts({ Type: "volume", Source: "/home/hcsshares/camera-in", Target: "/data/in" }),
      errors: [
        {
          at: '"/home/hcsshares/camera-in"',
          message:
            "module 'scorer': the volume mount Source '/home/hcsshares/camera-in' is the FPGA device's share path; on Kubernetes-based IoT Edge a Type volume Source is the share name: write 'camera-in'",
          severity: "warning",
          module: "scorer",
          fixable: false,
        },
      ],
      output: null,
    },
    {
      name: "other path, Docker volume names, bad ends, too short",
      spec: mounts(
        { Type: "VOLUME", Source: "/mnt/data", Target: "/data" },
        { Type: "volume", Source: "upload_data", Target: "/upload" },
        { Type: "volume", Source: "-cache", Target: "/cache" },
        { Type: "volume", Source: "db", Target: "/db" },
        { Type: "volume", Source: "a--b", Target: "/ab" },
      ),
      errors: [
        { at: '"/mnt/data"', message: /Source '\/mnt\/data' is a path; .*name of an SMB\/NFS share.*use Type bind for a host directory/ },
        { at: '"upload_data"', message: "module 'scorer': the volume mount Source 'upload_data' is not a valid share name: it may only hold letters, digits and '-'; write the name of an SMB/NFS share on the device" },
        { at: '"-cache"', message: /'-cache' is not a valid share name: it has to start and end with a letter or digit/ },
        { at: '"db"', message: /'db' is not a valid share name: it has to be 3 to 63 characters long/ },
        { at: '"a--b"', message: /'a--b' is not a valid share name: .*each '-' must stand between letters or digits/ },
      ],
    },
  ],
});
