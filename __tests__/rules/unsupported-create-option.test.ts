import rule from "../../rules/unsupported-create-option.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { sensor: { createOptions: co } } });

ruleTester(rule, {
  valid: [
    {
      name: "options the agent reads, and options other rules report",
      spec: mod({
        Env: ["A=1"],
        Cmd: ["run"],
        Entrypoint: ["/x"],
        WorkingDir: "/app",
        User: "1000",
        Labels: { a: "b" },
        ExposedPorts: { "80/tcp": {} },
        NetworkingConfig: { EndpointsConfig: {} },
        Image: "x",
        "k8s-experimental": { resources: { limits: { cpu: "1" } } },
        HostConfig: {
          Binds: ["/a:/a"],
          Mounts: [],
          PortBindings: { "80/tcp": [{ HostPort: "80", HostIp: "0.0.0.0" }] },
          Privileged: true,
          NetworkMode: "host",
          IpcMode: "host",
          PidMode: "host",
          Memory: 1024,
          MemorySwap: -1,
          NanoCpus: 1000000000,
          CpuShares: 512,
          ShmSize: 1024,
          Tmpfs: { "/run": "" },
          Devices: [{ PathOnHost: "/dev/video0", PathInContainer: "/dev/video0", CgroupPermissions: "rwm" }],
          DeviceRequests: [],
          Runtime: "nvidia",
        },
      }),
    },
    {
      name: "Docker defaults set nothing",
      spec: mod({ Hostname: "", Tty: false, OpenStdin: false, Volumes: null, HostConfig: { RestartPolicy: { Name: "", MaximumRetryCount: 0 }, CapAdd: [], Dns: [], LogConfig: { Type: "", Config: {} }, OomKillDisable: false } }),
    },
  ],
  invalid: [
    {
      name: "top-level options",
      spec: mod({ Hostname: "sensor01", Healthcheck: { Test: ["CMD", "curl", "-f", "http://localhost/"] }, Tty: true, Volumes: { "/data": {} } }),
      errors: [
        {
          at: '"Hostname"',
          message: "module 'sensor': createOptions.Hostname is ignored by Kubernetes-based IoT Edge; the pod's host name is the module's Kubernetes name; remove it",
          severity: "warning",
          module: "sensor",
          fixable: false,
        },
        { at: '"Healthcheck"', message: /createOptions\.Healthcheck is ignored.*no liveness probe is created from it/ },
        { at: '"Tty"', message: /createOptions\.Tty is ignored by Kubernetes-based IoT Edge; remove it$/ },
        { at: '"Volumes"', message: /createOptions\.Volumes is ignored.*use HostConfig\.Mounts$/ },
      ],
      output: null,
    },
    {
      name: "HostConfig options, keys in any case",
      spec: mod({
        HostConfig: {
          LogConfig: { Type: "json-file", Config: { "max-size": "10m", "max-file": "10" } },
          capadd: ["NET_ADMIN"],
          ExtraHosts: ["db:10.0.0.5"],
          RestartPolicy: { Name: "always" },
          Sysctls: { "net.core.somaxconn": "1024" },
        },
      }),
      errors: [
        { at: '"LogConfig"', message: "module 'sensor': createOptions.HostConfig.LogConfig is ignored by Kubernetes-based IoT Edge; the node's kubelet handles container logs; remove it" },
        { at: '"capadd"', message: /createOptions\.HostConfig\.capadd is ignored.*only HostConfig\.Privileged is carried over/ },
        { at: '"ExtraHosts"', message: /HostConfig\.ExtraHosts is ignored.*no host entries are added/ },
        { at: '"RestartPolicy"', message: /HostConfig\.RestartPolicy is ignored.*Kubernetes always restarts/ },
        { at: '"Sysctls"', message: /HostConfig\.Sysctls is ignored/ },
      ],
    },
  ],
});
