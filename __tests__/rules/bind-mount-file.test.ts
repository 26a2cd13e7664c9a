import rule from "../../rules/bind-mount-file.js";
import { ruleTester } from "../helpers/rule-tester.js";

const withHostConfig = (hc: Record<string, unknown>) => ({ modules: { camera: { createOptions: { HostConfig: hc } } } });

ruleTester(rule, {
  valid: [
    { name: "directory binds", spec: withHostConfig({ Binds: ["/etc/app:/cfg:ro", "/home/hcsshares/in:/in", "/usr/lib/python3.8:/py", "/etc/nginx/conf.d:/etc/nginx/conf.d"] }) },
    { name: "directory bind mount", spec: withHostConfig({ Mounts: [{ Type: "bind", Source: "/var/run", Target: "/var/run" }] }) },
    { name: "a volume is not a bind", spec: withHostConfig({ Mounts: [{ Type: "volume", Source: "config.json", Target: "/x" }] }) },
    { name: "placeholder file name", spec: withHostConfig({ Binds: ["$CONFIG_DIR/${CONFIG_FILE}:/app/config"] }) },
    { name: "named volume in Binds", spec: withHostConfig({ Binds: ["settings.json:/app/settings.json"] }) },
  ],
  invalid: [
    {
      name: "docker.sock and /etc/hosts in Binds",
      spec: withHostConfig({ Binds: ["/var/run/docker.sock:/var/run/docker.sock", "/etc/hosts:/etc/hosts:ro", "/data:/data"] }),
      errors: [
        {
          at: '"/var/run/docker.sock:/var/run/docker.sock"',
          message:
            "module 'camera': HostConfig.Binds binds the single file '/var/run/docker.sock', but Kubernetes-based IoT Edge mounts host paths only as directories; there is no Docker daemon to talk to on Kubernetes-based IoT Edge either; bind its directory '/var/run' (or ship the file in the image)",
          module: "camera",
          fixable: false,
        },
        { at: '"/etc/hosts:/etc/hosts:ro"', message: /single file '\/etc\/hosts'.*bind its directory '\/etc'/ },
      ],
      output: null,
    },
    {
      name: "file with an extension in Mounts (Type in any case)",
      spec: withHostConfig({ Mounts: [{ Type: "Bind", Source: "/opt/app/appsettings.json", Target: "/app/appsettings.json" }, { Type: "bind", Source: "/opt/models", Target: "/models" }] }),
      errors: [
        {
          at: '"/opt/app/appsettings.json"',
          message:
            "module 'camera': HostConfig.Mounts binds the single file '/opt/app/appsettings.json', but Kubernetes-based IoT Edge mounts host paths only as directories; bind its directory '/opt/app' (or ship the file in the image)",
        },
      ],
      output: null,
    },
    {
      name: "lower-case keys as Docker reads them",
      spec: withHostConfig({ mounts: [{ type: "bind", source: "/etc/localtime", target: "/etc/localtime" }] }),
      errors: [{ at: '"/etc/localtime"', message: /HostConfig.Mounts binds the single file '\/etc\/localtime'/ }],
    },
  ],
});
