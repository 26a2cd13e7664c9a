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
    { name: "device folders (/dev/bus/usb, /dev/snd, /dev/shm) and a placeholder bound to a folder", spec: withHostConfig({ Binds: ["/dev/bus/usb:/dev/bus/usb", "/dev/snd:/dev/snd", "/dev/shm:/dev/shm", "<HostFolder>:/data", "${CERTS}:/certs"] }) },
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
      name: "device nodes in Binds and Mounts (/dev/video0, /dev/ttyUSB0, /dev/gpiomem)",
      spec: withHostConfig({ Binds: ["/dev/video0:/dev/video0", "/dev/gpiomem:/dev/gpiomem"], Mounts: [{ Type: "bind", Source: "/dev/ttyUSB0", Target: "/dev/ttyUSB0" }] }),
      errors: [
        {
          at: '"/dev/video0:/dev/video0"',
          message:
            "module 'camera': HostConfig.Binds binds the device node '/dev/video0', but Kubernetes-based IoT Edge mounts host paths only as directories; a device node is not a folder, so the pod does not start; use HostConfig.Privileged: true (the pod sees the host's /dev) or a Kubernetes device plugin resource",
          fixable: false,
        },
        { at: '"/dev/gpiomem:/dev/gpiomem"', message: /binds the device node '\/dev\/gpiomem'/ },
        { at: '"/dev/ttyUSB0"', message: /HostConfig.Mounts binds the device node '\/dev\/ttyUSB0'/ },
      ],
      output: null,
    },
    {
      name: "a placeholder source bound to a file target (Azure/iotedge connectivity template: <AzureFederatedTokenFile>:/var/run/oidc.json)",
      spec: withHostConfig({ Binds: ["<AzureFederatedTokenFile>:/var/run/oidc.json"] }),
      errors: [
        {
          at: '"<AzureFederatedTokenFile>:/var/run/oidc.json"',
          message:
            "module 'camera': HostConfig.Binds binds '<AzureFederatedTokenFile>' to the single file '/var/run/oidc.json', but Kubernetes-based IoT Edge mounts host paths only as directories; bind the folder that holds the file and point the module at the file inside it (or ship the file in the image)",
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
