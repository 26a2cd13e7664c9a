import rule from "../../rules/mount-incomplete.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mounts = (...m: unknown[]) => ({ modules: { camera: { createOptions: { HostConfig: { Mounts: m } } } } });

ruleTester(rule, {
  valid: [
    { name: "complete volume and bind mounts", spec: mounts({ Type: "volume", Source: "input", Target: "/home/input" }, { Type: "bind", Source: "/data", Target: "/data", ReadOnly: true }) },
    { name: "keys in another case (Docker decodes them case-insensitively)", spec: mounts({ type: "volume", source: "input", target: "/in" }) },
    { name: "a placeholder for a whole entry", spec: mounts("${DATA_MOUNT}") },
    { name: "placeholder values", spec: mounts({ Type: "volume", Source: "$SHARE_NAME", Target: "${TARGET}" }) },
    { name: "no Mounts", spec: { modules: { camera: { createOptions: { HostConfig: { Privileged: true } } } } } },
    { name: "vm: Docker needs no Source on tmpfs and volume mounts", target: "vm", spec: mounts({ Type: "tmpfs", Target: "/tmp/cache" }, { Type: "volume", Target: "/anon" }) },
  ],
  invalid: [
    {
      name: "tmpfs mount without Source fails the whole module [INF]",
      spec: mounts({ Type: "tmpfs", Target: "/tmp/cache" }),
      errors: [
        {
          at: '"Type": "tmpfs"',
          severity: "error",
          module: "camera",
          message:
            'module \'camera\': HostConfig.Mounts entry without Source; the Kubernetes agent needs Type, Source and Target on every mount and otherwise rejects the module ("Type, Source, and Target required for all mounts")',
        },
      ],
      output: null,
    },
    {
      name: "missing Type and a null Target",
      spec: mounts({ Source: "input", Target: null }, { Type: "volume", Source: "output", Target: "/out" }),
      errors: [{ at: '"Source": "input"', message: /entry without Type, Target;/ }],
      output: null,
    },
    {
      name: "an empty entry",
      spec: mounts({}),
      errors: [{ at: "{}", message: /entry without Type, Source, Target;/ }],
      output: null,
    },
    {
      name: "a Mounts element that is not an object",
      spec: mounts("/data:/data"),
      errors: [{ at: '"/data:/data"', message: "module 'camera': a HostConfig.Mounts entry must be an object with Type, Source and Target" }],
      output: null,
    },
    {
      name: "vm: a bind without Source, an entry without Type or Target",
      target: "vm",
      spec: mounts({ Type: "bind", Target: "/data" }, { Source: "x", Target: "/x" }, { Type: "volume", Source: "x" }),
      errors: [
        {
          at: '"Type": "bind"',
          message:
            "module 'camera': HostConfig.Mounts entry without Source; Docker needs a Type and a Target on every mount (and a Source on a bind) and otherwise does not create the module's container",
        },
        { at: '"Source": "x"', message: /entry without Type; Docker needs/ },
        { at: '"Type": "volume"', message: /entry without Target; Docker needs/ },
      ],
      output: null,
    },
  ],
});
