import rule from "../../rules/mount-type-ignored.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mounts = (...m: unknown[]) => ({ modules: { camera: { createOptions: { HostConfig: { Mounts: m } } } } });

ruleTester(rule, {
  valid: [
    { name: "bind and volume in any case", spec: mounts({ Type: "Bind", Source: "/d", Target: "/d" }, { type: "VOLUME", source: "s", target: "/s" }) },
    { name: "placeholder type", spec: mounts({ Type: "$MOUNT_TYPE", Source: "/d", Target: "/d" }) },
    { name: "no Type (mount-incomplete's business)", spec: mounts({ Source: "/d", Target: "/d" }) },
  ],
  invalid: [
    {
      name: "tmpfs is silently not mounted",
      spec: mounts({ Type: "volume", Source: "in", Target: "/in" }, { Type: "tmpfs", Source: "", Target: "/cache" }),
      errors: [
        {
          at: '"tmpfs"',
          severity: "warning",
          message:
            "module 'camera': a HostConfig.Mounts entry of Type 'tmpfs' is silently not mounted on Kubernetes-based IoT Edge, which mounts only 'bind' and 'volume'; for shared memory use HostConfig.IpcMode 'host'; for scratch space a k8s-experimental.volumes emptyDir",
        },
      ],
      output: null,
    },
    {
      name: "npipe, key and value in another case",
      spec: mounts({ type: "NPipe", source: "\\\\.\\pipe\\docker_engine", target: "\\\\.\\pipe\\docker_engine" }),
      errors: [{ at: '"NPipe"', message: /Type 'NPipe' is silently not mounted.*use Type 'bind' for a host directory or Type 'volume' for a share$/ }],
      output: null,
    },
  ],
});
